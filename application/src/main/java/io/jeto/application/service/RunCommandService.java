package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.CommandRequest;
import io.jeto.application.port.in.ConflictException;
import io.jeto.application.port.in.ForbiddenException;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.RunCommandUseCase;
import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandAction;
import io.jeto.domain.command.NewCommand;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.JetoInfos;
import io.jeto.domain.instance.MachineStatus;
import io.jeto.domain.port.CommandRepository;
import io.jeto.domain.port.HostRepository;
import io.jeto.domain.port.VagrantEnvironmentReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks an action against the environment, stores it as queued and hands it to the queue. */
public final class RunCommandService implements RunCommandUseCase {

  private final CommandRepository commands;
  private final HostRepository hosts;
  private final VagrantEnvironmentReader environments;
  private final VisibleInstances visibleInstances;
  private final AccessPolicy policy;
  private final CommandScheduler scheduler;
  private final ConsoleNotifier notifier;
  private final AuditTrail audit;
  private final Clock clock;

  RunCommandService(
      CommandRepository commands,
      HostRepository hosts,
      VagrantEnvironmentReader environments,
      VisibleInstances visibleInstances,
      AccessPolicy policy,
      CommandScheduler scheduler,
      ConsoleNotifier notifier,
      AuditTrail audit,
      Clock clock) {
    this.commands = commands;
    this.hosts = hosts;
    this.environments = environments;
    this.visibleInstances = visibleInstances;
    this.policy = policy;
    this.scheduler = scheduler;
    this.notifier = notifier;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Command requestCommand(Caller caller, long instanceId, CommandRequest request) {
    CallerPermissions permissions = policy.permissionsOf(caller);
    Instance visible = visibleInstances.find(permissions, instanceId);
    CommandAction action = requestableAction(request.action());
    Instance instance =
        visibleInstances.findFor(permissions, visible.id(), VisibleInstances.requiredFor(action));

    Optional<String> script = Optional.empty();
    Optional<String> machine = request.machine();
    if (action == CommandAction.RUN_SCRIPT) {
      JetoInfos infos = environments.jetoInfos(instance.path());
      script = Optional.of(declaredScript(infos, request.script()));
      machine = machine.or(() -> JetoScripts.machine(infos, request.script().orElseThrow()));
      machine = Optional.of(machine.orElseGet(() -> onlyMachine(instance)));
    } else if (request.script().isPresent()) {
      throw new InvalidRequestException("script", "is only for runScript");
    }
    if (action == CommandAction.SYNC && instance.gitReference().isEmpty()) {
      throw new InvalidRequestException("action", "sync needs an instance created from git");
    }
    machine.ifPresent(name -> requireMachine(instance, name));
    if (script.isPresent() && !permissions.allowsScript(instance, script.get())) {
      throw new ForbiddenException("this key may not run the script " + script.get());
    }

    NewCommand command =
        new NewCommand(
            instance.id(), action, machine, script, caller.user().name(), clock.instant());
    Command queued = enqueue(command);
    audit.record(
        caller,
        action.wireName(),
        "instance",
        Optional.of(instance.id()),
        Optional.of(instance.name()),
        commandDetails(queued),
        queued.state().wireName());
    return queued;
  }

  static Map<String, Object> commandDetails(Command command) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("command", command.id());
    command.machine().ifPresent(machine -> details.put("machine", machine));
    command.script().ifPresent(script -> details.put("script", script));
    return details;
  }

  /** Stores the command as queued and hands it to the queue; shared with deletes. */
  Command enqueue(NewCommand request) {
    boolean deleting =
        commands.findByInstance(request.instanceId()).stream()
            .anyMatch(
                command ->
                    command.action() == CommandAction.DELETE && !command.state().isFinished());
    if (deleting) {
      throw new ConflictException("the instance is being deleted");
    }
    Command command = commands.add(request);
    scheduler.submit(command);
    return command;
  }

  @Override
  public Command awaitEnd(long commandId, Duration atMost) {
    Instant deadline = clock.instant().plus(atMost);
    Command command = commands.findById(commandId).orElseThrow();
    while (!command.state().isFinished() && clock.instant().isBefore(deadline)) {
      notifier.await(commandId, Duration.ofMillis(500));
      command = commands.findById(commandId).orElseThrow();
    }
    return command;
  }

  private static CommandAction requestableAction(String name) {
    return CommandAction.fromWireName(name)
        .filter(CommandAction.requestable()::contains)
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    "action",
                    "unknown action '"
                        + name
                        + "'; known: "
                        + CommandAction.requestable().stream()
                            .map(CommandAction::wireName)
                            .collect(Collectors.joining(", "))));
  }

  private static String declaredScript(JetoInfos infos, Optional<String> requested) {
    Map<String, String> declared = JetoScripts.declared(infos);
    String name =
        requested.orElseThrow(() -> new InvalidRequestException("script", "runScript needs one"));
    if (!declared.containsKey(name)) {
      String known =
          declared.isEmpty()
              ? "jeto.json declares no scripts"
              : "known: " + String.join(", ", declared.keySet());
      throw new InvalidRequestException(
          "script", "no script '" + name + "' in jeto.json; " + known);
    }
    return name;
  }

  private String onlyMachine(Instance instance) {
    List<String> machines = knownMachines(instance);
    if (machines.size() != 1) {
      throw new InvalidRequestException(
          "machine", "is required: the environment has machines " + String.join(", ", machines));
    }
    return machines.get(0);
  }

  private void requireMachine(Instance instance, String machine) {
    List<String> machines = knownMachines(instance);
    if (!machines.contains(machine)) {
      throw new InvalidRequestException(
          "machine",
          "no machine '"
              + machine
              + "' in this environment; known: "
              + String.join(", ", machines));
    }
  }

  // The stored status lists the machines; measured now only when it does not.
  private List<String> knownMachines(Instance instance) {
    List<MachineStatus> machines = instance.lastStatus().machines();
    if (machines.isEmpty()) {
      machines =
          hosts
              .findById(instance.hostId())
              .map(host -> environments.status(VagrantCalls.forInstance(instance, host)))
              .map(status -> status.machines())
              .orElse(List.of());
    }
    // A name that Vagrant would read as an option cannot be passed safely.
    return machines.stream()
        .map(MachineStatus::name)
        .filter(name -> !name.startsWith("-"))
        .toList();
  }
}
