package io.jeto.domain.port;

import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.CommandOutcome;
import io.jeto.domain.command.ConsoleSink;
import java.time.Duration;
import java.util.List;

/** Runs one Vagrant command in an instance's directory and streams its output. */
public interface VagrantCommandRunner {

  /**
   * Runs {@code vagrant <arguments>} and returns once the whole process tree has ended.
   *
   * <p>On timeout or cancel the process tree gets TERM, then KILL after a grace period. Never
   * throws for the process's own failures; a binary that cannot start comes back as an outcome.
   */
  CommandOutcome run(
      VagrantCall call,
      List<String> arguments,
      Duration timeout,
      ConsoleSink console,
      CancelSignal cancel);
}
