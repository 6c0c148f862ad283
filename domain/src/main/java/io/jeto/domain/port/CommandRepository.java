package io.jeto.domain.port;

import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandState;
import io.jeto.domain.command.NewCommand;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores commands and their state; their consoles live in {@link ConsoleRepository}. */
public interface CommandRepository {

  /** Stores a new command as queued. */
  Command add(NewCommand command);

  Optional<Command> findById(long id);

  /** The commands of an instance, newest first. */
  List<Command> findByInstance(long instanceId);

  /** The commands in a state, oldest first, so that a restart runs the queue in order. */
  List<Command> findByState(CommandState state);

  /** Moves a queued command to running; false if it was no longer queued (cancelled). */
  boolean markRunning(long id, Instant startedAt);

  /** Records how a command ended; does nothing to a command that already ended. */
  void finish(long id, CommandState state, Optional<Integer> exitCode, Instant finishedAt);
}
