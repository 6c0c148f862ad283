package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.CancelCommandUseCase;
import io.jeto.application.port.in.ConflictException;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandState;
import io.jeto.domain.command.ConsoleStream;
import io.jeto.domain.port.CommandRepository;
import io.jeto.domain.port.ConsoleRepository;
import io.jeto.domain.port.ConsoleRepository.NewLine;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Cancels a queued command at once and signals a running one to stop. */
public final class CancelCommandService implements CancelCommandUseCase {

  private final CommandRepository commands;
  private final ConsoleRepository consoles;
  private final VisibleInstances visibleInstances;
  private final AccessPolicy policy;
  private final CommandScheduler scheduler;
  private final ConsoleNotifier notifier;
  private final AuditTrail audit;
  private final Clock clock;

  CancelCommandService(
      CommandRepository commands,
      ConsoleRepository consoles,
      VisibleInstances visibleInstances,
      AccessPolicy policy,
      CommandScheduler scheduler,
      ConsoleNotifier notifier,
      AuditTrail audit,
      Clock clock) {
    this.commands = commands;
    this.consoles = consoles;
    this.visibleInstances = visibleInstances;
    this.policy = policy;
    this.scheduler = scheduler;
    this.notifier = notifier;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Command cancelCommand(Caller caller, long instanceId, long commandId) {
    CallerPermissions permissions = policy.permissionsOf(caller);
    visibleInstances.find(permissions, instanceId);
    Command command =
        commands
            .findById(commandId)
            .filter(found -> found.instanceId() == instanceId)
            .orElseThrow(() -> new NotFoundException("no command " + commandId));
    visibleInstances.findFor(
        permissions, instanceId, VisibleInstances.requiredFor(command.action()));
    if (command.state().isFinished()) {
      throw new ConflictException("the command already ended: " + command.state().wireName());
    }

    boolean wasWaiting = scheduler.cancel(commandId);
    if (wasWaiting || command.state() == CommandState.QUEUED && !scheduler.isKnown(commandId)) {
      String by = "[jeto] cancelled by " + caller.user().name() + " before it ran";
      consoles.append(commandId, List.of(new NewLine(ConsoleStream.JETO, by)));
      commands.finish(commandId, CommandState.CANCELLED, Optional.empty(), clock.instant());
      notifier.ended(commandId);
    }
    audit.record(
        caller,
        "cancel",
        "instance",
        Optional.of(instanceId),
        Optional.empty(),
        RunCommandService.commandDetails(command),
        wasWaiting ? "cancelled" : "signalled");
    return commands.findById(commandId).orElseThrow();
  }
}
