package io.jeto.domain.port;

import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.CommandOutcome;
import io.jeto.domain.command.ConsoleSink;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** Downloads an environment's archive and unpacks it safely. */
public interface ArchiveFetcher {

  /**
   * Downloads a zip or tar.gz archive within the size limit and extracts it into a directory
   * that must not exist; a single top folder is flattened. An entry that would land outside the
   * target, or a link leading out of it, fails the whole extraction.
   */
  CommandOutcome fetch(
      URI archive, Path target, Duration timeout, ConsoleSink console, CancelSignal cancel);
}
