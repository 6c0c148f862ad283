package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.CommandDetails;
import io.jeto.application.port.in.ConsolePage;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.application.port.in.ReadCommandsUseCase;
import io.jeto.domain.command.Command;
import io.jeto.domain.command.ConsoleLine;
import io.jeto.domain.port.CommandRepository;
import io.jeto.domain.port.ConsoleRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

/** Reads commands and consoles for whoever may see their instance. */
public final class ReadCommandsService implements ReadCommandsUseCase {

  private static final int PAGE_LINES = 5_000;
  private static final int FULL_READS_AT_ONCE = 2;

  private final Semaphore fullReads = new Semaphore(FULL_READS_AT_ONCE, true);

  private final CommandRepository commands;
  private final ConsoleRepository consoles;
  private final VisibleInstances visibleInstances;
  private final AccessPolicy policy;
  private final ConsoleNotifier notifier;

  ReadCommandsService(
      CommandRepository commands,
      ConsoleRepository consoles,
      VisibleInstances visibleInstances,
      AccessPolicy policy,
      ConsoleNotifier notifier) {
    this.commands = commands;
    this.consoles = consoles;
    this.visibleInstances = visibleInstances;
    this.policy = policy;
    this.notifier = notifier;
  }

  @Override
  public List<Command> listCommands(Caller caller, long instanceId) {
    visibleInstances.find(policy.permissionsOf(caller), instanceId);
    return commands.findByInstance(instanceId);
  }

  @Override
  public CommandDetails getCommand(Caller caller, long instanceId, long commandId) {
    Command command = visibleCommand(caller, instanceId, commandId);
    // A whole console is up to JETO_CONSOLE_MAX_BYTES in memory: a few at a time, so that many
    // readers of a big one wait instead of exhausting the heap (and the database with it).
    fullReads.acquireUninterruptibly();
    try {
      List<ConsoleLine> console = new ArrayList<>();
      List<ConsoleLine> page = consoles.readAfter(commandId, 0, PAGE_LINES);
      while (!page.isEmpty()) {
        console.addAll(page);
        page = consoles.readAfter(commandId, page.getLast().id(), PAGE_LINES);
      }
      return new CommandDetails(command, console);
    } finally {
      fullReads.release();
    }
  }

  @Override
  public ConsolePage readConsole(
      Caller caller, long instanceId, long commandId, long afterId, int limit) {
    // The command is read before the lines: if it had ended and no line follows, none will.
    Command command = visibleCommand(caller, instanceId, commandId);
    return new ConsolePage(command, consoles.readAfter(commandId, afterId, limit));
  }

  @Override
  public void awaitConsole(long commandId, Duration atMost) {
    notifier.await(commandId, atMost);
  }

  Command visibleCommand(Caller caller, long instanceId, long commandId) {
    visibleInstances.find(policy.permissionsOf(caller), instanceId);
    return commands
        .findById(commandId)
        .filter(command -> command.instanceId() == instanceId)
        .orElseThrow(() -> new NotFoundException("no command " + commandId));
  }
}
