package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.InstanceDetails;
import io.jeto.domain.access.Action;
import io.jeto.domain.command.Command;
import io.jeto.domain.host.Host;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.port.HostRepository;
import io.jeto.domain.port.ProjectRepository;
import io.jeto.domain.port.VagrantEnvironmentReader;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/** Puts together what a client shows beside an instance: host, project and jeto.json. */
final class InstanceDetailsAssembler {

  private final HostRepository hosts;
  private final ProjectRepository projects;
  private final VagrantEnvironmentReader environments;
  private final AccessPolicy policy;
  private final LongFunction<Optional<Command>> busyCommand;

  InstanceDetailsAssembler(
      HostRepository hosts,
      ProjectRepository projects,
      VagrantEnvironmentReader environments,
      AccessPolicy policy,
      LongFunction<Optional<Command>> busyCommand) {
    this.hosts = hosts;
    this.projects = projects;
    this.environments = environments;
    this.policy = policy;
    this.busyCommand = busyCommand;
  }

  private static Set<Action> allowedActions(CallerPermissions permissions, Instance instance) {
    Set<Action> allowed = EnumSet.noneOf(Action.class);
    for (Action action : Action.values()) {
      if (permissions.allows(action, instance)) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /** The command running, or about to run, on the instance. */
  Optional<Command> busyCommand(long instanceId) {
    return busyCommand.apply(instanceId);
  }

  Host hostOf(Instance instance) {
    // The schema's foreign key keeps a host for every instance; its absence is a broken store.
    return hosts
        .findById(instance.hostId())
        .orElseThrow(() -> new IllegalStateException("instance without host: " + instance.id()));
  }

  InstanceDetails assemble(Caller caller, Instance instance, Host host) {
    return assemble(caller, policy.permissionsOf(caller), instance, host);
  }

  /** For lists: the caller's permissions are worked out once, not once per instance. */
  InstanceDetails assemble(
      Caller caller, CallerPermissions permissions, Instance instance, Host host) {
    return new InstanceDetails(
        instance,
        policy.presentHost(caller, host),
        instance.projectId().flatMap(projects::findById),
        environments.jetoInfos(instance.path()),
        busyCommand(instance.id()),
        allowedActions(permissions, instance));
  }
}
