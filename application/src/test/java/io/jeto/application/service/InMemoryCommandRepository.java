package io.jeto.application.service;

import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandState;
import io.jeto.domain.command.NewCommand;
import io.jeto.domain.port.CommandRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Test double: commands in memory, moving through their states as the real store does. */
final class InMemoryCommandRepository implements CommandRepository {

  private final InMemoryTable<Command> table = new InMemoryTable<>();

  @Override
  public Command add(NewCommand command) {
    return table.insert(
        id ->
            new Command(
                id,
                command.instanceId(),
                command.action(),
                command.machine(),
                command.script(),
                CommandState.QUEUED,
                Optional.empty(),
                command.createdAt(),
                Optional.empty(),
                Optional.empty(),
                command.requestedBy()));
  }

  @Override
  public Optional<Command> findById(long id) {
    return table.find(id);
  }

  @Override
  public List<Command> findByInstance(long instanceId) {
    return table.where(command -> command.instanceId() == instanceId).stream()
        .sorted(Comparator.comparingLong(Command::id).reversed())
        .toList();
  }

  @Override
  public List<Command> findByState(CommandState state) {
    return table.where(command -> command.state() == state);
  }

  @Override
  public boolean markRunning(long id, Instant startedAt) {
    boolean queued =
        table.find(id).map(command -> command.state() == CommandState.QUEUED).orElse(false);
    if (queued) {
      table.replace(
          id,
          command ->
              changed(
                  command,
                  CommandState.RUNNING,
                  Optional.empty(),
                  Optional.of(startedAt),
                  Optional.empty()));
    }
    return queued;
  }

  @Override
  public void finish(long id, CommandState state, Optional<Integer> exitCode, Instant finishedAt) {
    table.replace(
        id,
        command ->
            command.state().isFinished()
                ? command
                : changed(command, state, exitCode, command.startedAt(), Optional.of(finishedAt)));
  }

  private static Command changed(
      Command command,
      CommandState state,
      Optional<Integer> exitCode,
      Optional<Instant> startedAt,
      Optional<Instant> finishedAt) {
    return new Command(
        command.id(),
        command.instanceId(),
        command.action(),
        command.machine(),
        command.script(),
        state,
        exitCode,
        command.createdAt(),
        startedAt,
        finishedAt,
        command.requestedBy());
  }
}
