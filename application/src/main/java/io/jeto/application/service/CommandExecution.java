package io.jeto.application.service;

import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandAction;
import io.jeto.domain.command.CommandOutcome;
import io.jeto.domain.command.CommandState;
import io.jeto.domain.host.Host;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.port.CommandEvents;
import io.jeto.domain.port.CommandRepository;
import io.jeto.domain.port.ConsoleRepository;
import io.jeto.domain.port.GitRepositories;
import io.jeto.domain.port.HostRepository;
import io.jeto.domain.port.InstanceRepository;
import io.jeto.domain.port.VagrantCall;
import io.jeto.domain.port.VagrantCommandRunner;
import io.jeto.domain.port.VagrantEnvironmentReader;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one queued command to its end: the process, its console, its final state, and the
 * instance's status measured again afterwards.
 */
final class CommandExecution {

  private final CommandRepository commands;
  private final ConsoleRepository consoles;
  private final ConsoleNotifier notifier;
  private final InstanceRepository instances;
  private final HostRepository hosts;
  private final VagrantCommandRunner vagrant;
  private final VagrantEnvironmentReader environments;
  private final GitRepositories git;
  private final Workspaces workspaces;
  private final CommandEvents events;
  private final CommandSettings settings;
  private final AuditTrail audit;
  private final Clock clock;
  private volatile boolean stopping;

  CommandExecution(
      Ports ports,
      ConsoleNotifier notifier,
      Workspaces workspaces,
      CommandSettings settings,
      AuditTrail audit,
      Clock clock) {
    this.commands = ports.commands();
    this.consoles = ports.consoles();
    this.notifier = notifier;
    this.instances = ports.instances();
    this.hosts = ports.hosts();
    this.vagrant = ports.vagrant();
    this.environments = ports.environments();
    this.git = ports.git();
    this.workspaces = workspaces;
    this.events = ports.events();
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** The out-ports a command touches. */
  record Ports(
      CommandRepository commands,
      ConsoleRepository consoles,
      InstanceRepository instances,
      HostRepository hosts,
      VagrantCommandRunner vagrant,
      VagrantEnvironmentReader environments,
      GitRepositories git,
      CommandEvents events) {}

  /** From now on, a cancelled command ended because the service stops, not by a user. */
  void stopping() {
    stopping = true;
  }

  void execute(Command command, CancelSignal cancel) {
    if (stopping) {
      // Left queued: the next start runs it.
      return;
    }
    if (cancel.isCancelled()) {
      // Cancelled between leaving the line and starting: it never ran.
      commands.finish(command.id(), CommandState.CANCELLED, Optional.empty(), clock.instant());
      notifier.ended(command.id());
      return;
    }
    if (!commands.markRunning(command.id(), clock.instant())) {
      return;
    }
    events.started(command);
    Ending ending;
    try (ConsoleRecorder console =
        new ConsoleRecorder(command.id(), consoles, notifier, hostSecrets(command))) {
      ending = runRecorded(command, cancel, console);
    } catch (RuntimeException e) {
      events.crashed(command, e);
      ending = new Ending(CommandState.FAILED, Optional.empty(), Optional.empty());
    }

    commands.finish(command.id(), ending.state(), ending.exitCode(), clock.instant());
    // Followers are woken once the final state is stored, so that they read it, not "running".
    notifier.ended(command.id());
    // Told before a delete takes the command's own record with the instance.
    events.finished(commands.findById(command.id()).orElse(command));
    audit.commandEnded(
        command.requestedBy(),
        command.action().wireName(),
        command.instanceId(),
        Map.of("command", command.id()),
        ending.state().wireName() + ending.exitCode().map(code -> " (" + code + ")").orElse(""));
    ending.instanceToRemove().ifPresent(this::removeInstance);
  }

  private List<String> hostSecrets(Command command) {
    return instances
        .findById(command.instanceId())
        .flatMap(instance -> hosts.findById(instance.hostId()))
        .map(host -> List.copyOf(host.params().values()))
        .orElse(List.of());
  }

  /** How a command ended, and the instance to remove when a delete succeeded. */
  private record Ending(
      CommandState state, Optional<Integer> exitCode, Optional<Instance> instanceToRemove) {}

  private Ending runRecorded(Command command, CancelSignal cancel, ConsoleRecorder console) {
    Optional<Instance> found = instances.findById(command.instanceId());
    if (found.isEmpty()) {
      console.jeto("the instance no longer exists");
      return new Ending(CommandState.FAILED, Optional.empty(), Optional.empty());
    }
    Instance instance = found.get();
    Host host = hostOf(instance);

    CommandOutcome outcome = run(command, instance, host, console, cancel);
    CommandState state = stateOf(outcome, command.action(), console);
    if (command.action().changesMachines() && state != CommandState.INTERRUPTED) {
      refreshStatus(instance, host, console);
    }

    // A process stopped by Jeto has no exit code of its own worth showing.
    boolean stopped = outcome.timedOut() || outcome.cancelled();
    Optional<Integer> exitCode =
        outcome.exitCode() >= 0 && !stopped ? Optional.of(outcome.exitCode()) : Optional.empty();
    boolean deleted = state == CommandState.SUCCEEDED && command.action() == CommandAction.DELETE;
    return new Ending(state, exitCode, deleted ? Optional.of(instance) : Optional.empty());
  }

  private CommandOutcome run(
      Command command, Instance instance, Host host, ConsoleRecorder console, CancelSignal cancel) {
    Duration timeout = settings.timeoutOf(command.action());
    console.jeto(command.describe() + " requested by " + command.requestedBy());
    if (command.action() == CommandAction.SYNC) {
      return git.sync(
          instance.path(), instance.gitReference().orElseThrow(), timeout, console, cancel);
    }
    List<String> arguments = new ArrayList<>(VagrantActions.arguments(command));
    if (command.action() == CommandAction.RUN_SCRIPT) {
      // Read again now: the file may have changed since the command was queued.
      Optional<String> script =
          JetoScripts.command(environments.jetoInfos(instance.path()), command.script().get());
      if (script.isEmpty()) {
        return CommandOutcome.failedToRun(
            "jeto.json no longer declares the script " + command.script().get());
      }
      arguments.addAll(List.of("-c", script.get()));
    }
    VagrantCall call = VagrantCalls.forInstance(instance, host);
    return vagrant.run(call, arguments, timeout, console, cancel);
  }

  private CommandState stateOf(
      CommandOutcome outcome, CommandAction action, ConsoleRecorder console) {
    if (outcome.cancelled()) {
      console.jeto(stopping ? "stopped because the service shut down" : "cancelled");
      return stopping ? CommandState.INTERRUPTED : CommandState.CANCELLED;
    }
    if (outcome.timedOut()) {
      console.jeto(
          action.wireName()
              + " did not finish within "
              + settings.timeoutOf(action).toSeconds()
              + " s and was stopped");
      return CommandState.FAILED;
    }
    if (outcome.failure().isPresent()) {
      console.jeto(outcome.failure().get());
      return CommandState.FAILED;
    }
    console.jeto("exited with code " + outcome.exitCode());
    return outcome.exitCode() == 0 ? CommandState.SUCCEEDED : CommandState.FAILED;
  }

  private void refreshStatus(Instance instance, Host host, ConsoleRecorder console) {
    EnvironmentStatus status = environments.status(VagrantCalls.forInstance(instance, host));
    instances.updateStatus(instance.id(), status);
    status.error().ifPresent(error -> console.jeto("status after the command: " + error));
  }

  private void removeInstance(Instance instance) {
    if (instance.workspaceOwned()) {
      workspaces.remove(instance.path());
    }
    instances.delete(instance.id());
  }

  private Host hostOf(Instance instance) {
    return hosts
        .findById(instance.hostId())
        .orElseThrow(() -> new IllegalStateException("instance without host: " + instance.id()));
  }
}
