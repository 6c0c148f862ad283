package io.jeto.domain.port;

import io.jeto.domain.command.Command;

/** Hears when commands start and end, so that operators can follow them in the log. */
public interface CommandEvents {

  void started(Command command);

  /** The command as it ended, with its final state. */
  void finished(Command command);

  /** Jeto itself failed while running the command, not the command's process. */
  void crashed(Command command, RuntimeException cause);
}
