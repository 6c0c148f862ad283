package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.FieldRules;
import io.jeto.application.port.in.InstanceDetails;
import io.jeto.application.port.in.ManageInstanceUseCase;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.domain.access.Action;
import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandAction;
import io.jeto.domain.command.NewCommand;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.port.InstanceRepository;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Renames instances, changes their environment, and deletes them through a command. */
public final class ManageInstanceService implements ManageInstanceUseCase {

  private final InstanceRepository instances;
  private final VisibleInstances visibleInstances;
  private final InstanceDetailsAssembler assembler;
  private final AccessPolicy policy;
  private final RunCommandService runCommand;
  private final AuditTrail audit;
  private final Clock clock;

  ManageInstanceService(
      InstanceRepository instances,
      VisibleInstances visibleInstances,
      InstanceDetailsAssembler assembler,
      AccessPolicy policy,
      RunCommandService runCommand,
      AuditTrail audit,
      Clock clock) {
    this.instances = instances;
    this.visibleInstances = visibleInstances;
    this.assembler = assembler;
    this.policy = policy;
    this.runCommand = runCommand;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public InstanceDetails editInstance(
      Caller caller, long instanceId, Optional<String> name, Optional<String> environment) {
    Instance instance =
        visibleInstances.findFor(policy.permissionsOf(caller), instanceId, Action.EDIT);
    String newName = FieldRules.name("name", name.orElse(instance.name()));
    String newEnvironment =
        FieldRules.text(
            "environment",
            environment.orElse(instance.environment()),
            FieldRules.SHORT_TEXT_LENGTH);

    Instance renamed =
        instances
            .rename(instanceId, newName, newEnvironment)
            .orElseThrow(() -> new NotFoundException("no instance " + instanceId));

    audit.record(
        caller,
        "update",
        "instance",
        Optional.of(instanceId),
        Optional.of(renamed.name()),
        Map.of("name", renamed.name(), "environment", renamed.environment()),
        AuditTrail.SUCCEEDED);
    return assembler.assemble(caller, renamed, assembler.hostOf(renamed));
  }

  @Override
  public Command deleteInstance(Caller caller, long instanceId) {
    Instance instance =
        visibleInstances.findFor(policy.permissionsOf(caller), instanceId, Action.DESTROY);
    Command queued =
        runCommand.enqueue(
            new NewCommand(
                instance.id(),
                CommandAction.DELETE,
                Optional.empty(),
                Optional.empty(),
                caller.user().name(),
                clock.instant()));
    audit.record(
        caller,
        "delete",
        "instance",
        Optional.of(instanceId),
        Optional.of(instance.name()),
        RunCommandService.commandDetails(queued),
        queued.state().wireName());
    return queued;
  }
}
