package io.jeto.application.service;

import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandState;
import io.jeto.domain.command.ConsoleStream;
import io.jeto.domain.port.CommandRepository;
import io.jeto.domain.port.ConsoleRepository;
import io.jeto.domain.port.ConsoleRepository.NewLine;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Picks up what a previous process left: commands it was running are marked interrupted, with
 * their console kept, and the queue runs on in order. Nothing runs twice.
 */
final class CommandRecovery {

  private final CommandRepository commands;
  private final ConsoleRepository consoles;
  private final CommandScheduler scheduler;
  private final Clock clock;

  CommandRecovery(
      CommandRepository commands,
      ConsoleRepository consoles,
      CommandScheduler scheduler,
      Clock clock) {
    this.commands = commands;
    this.consoles = consoles;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  JetoUseCases.Recovered recover() {
    List<Command> running = commands.findByState(CommandState.RUNNING);
    for (Command command : running) {
      String notice = "[jeto] the service stopped while this command ran; what it did is unknown";
      consoles.append(command.id(), List.of(new NewLine(ConsoleStream.JETO, notice)));
      commands.finish(command.id(), CommandState.INTERRUPTED, Optional.empty(), clock.instant());
    }
    List<Command> queued = commands.findByState(CommandState.QUEUED);
    queued.forEach(scheduler::submit);
    return new JetoUseCases.Recovered(running.size(), queued.size());
  }
}
