package io.jeto.domain.port;

import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.JetoInfos;
import java.nio.file.Path;

/** Reads what a Vagrant environment is: its machines' state and its {@code jeto.json}. */
public interface VagrantEnvironmentReader {

  /**
   * Asks Vagrant for the state of every machine, with the address of each running one.
   *
   * <p>Never throws for Vagrant's own failures: a missing binary, a broken Vagrantfile or a
   * timeout come back as a failed status that says what went wrong.
   */
  EnvironmentStatus status(VagrantCall call);

  /** Reads the {@code jeto.json} in the directory; an unreadable file comes back with its error. */
  JetoInfos jetoInfos(Path directory);
}
