package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ConflictException;
import io.jeto.application.port.in.InstanceDetails;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.RegisterInstanceCommand;
import io.jeto.application.port.in.RegisterInstanceUseCase;
import io.jeto.domain.host.Host;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.NewInstance;
import io.jeto.domain.port.HostRepository;
import io.jeto.domain.port.InstanceRepository;
import io.jeto.domain.port.ProjectRepository;
import io.jeto.domain.port.VagrantEnvironmentReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Starts managing an environment that already exists on disk.
 *
 * <p>Only administrators may do it: a path names any directory under the roots, including
 * environments that belong to other teams.
 */
public final class RegisterInstanceService implements RegisterInstanceUseCase {

  private final InstanceRepository instances;
  private final HostRepository hosts;
  private final ProjectRepository projects;
  private final VagrantEnvironmentReader environments;
  private final WorkspaceRoots roots;
  private final InstanceDetailsAssembler assembler;
  private final AccessPolicy policy;
  private final AuditTrail audit;

  RegisterInstanceService(
      InstanceRepository instances,
      HostRepository hosts,
      ProjectRepository projects,
      VagrantEnvironmentReader environments,
      WorkspaceRoots roots,
      InstanceDetailsAssembler assembler,
      AccessPolicy policy,
      AuditTrail audit) {
    this.instances = instances;
    this.hosts = hosts;
    this.projects = projects;
    this.environments = environments;
    this.roots = roots;
    this.assembler = assembler;
    this.policy = policy;
    this.audit = audit;
  }

  @Override
  public InstanceDetails registerInstance(Caller caller, RegisterInstanceCommand command) {
    policy.requireAdministrator(caller);
    Host host =
        hosts
            .findById(command.hostId())
            .orElseThrow(() -> new InvalidRequestException("host", "no host " + command.hostId()));
    command.projectId().ifPresent(this::requireProject);
    Path path = roots.admit(command.path());
    // Two records on one directory would run Vagrant on the same machines without waiting for
    // each other, and deleting one would destroy the other's machines.
    instances.findAll().stream()
        .filter(other -> other.path().equals(path))
        .findFirst()
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "instance " + other.id() + " (" + other.name() + ") already uses this path");
            });

    NewInstance candidate =
        new NewInstance(
            command.name(),
            path,
            Optional.empty(),
            Optional.empty(),
            command.environment(),
            host.id(),
            command.projectId(),
            false);
    // Measured before storing, so that the list shows the machines from the first moment.
    EnvironmentStatus status =
        environments.status(
            VagrantCalls.forInstance(candidate.toInstance(0, EnvironmentStatus.unknown()), host));
    Instance stored = instances.add(candidate, status);
    audit.record(
        caller,
        "create",
        "instance",
        Optional.of(stored.id()),
        Optional.of(stored.name()),
        Map.of("path", path.toString(), "host", host.id(), "environment", stored.environment()),
        AuditTrail.SUCCEEDED);

    return assembler.assemble(caller, stored, host);
  }

  private void requireProject(long projectId) {
    if (projects.findById(projectId).isEmpty()) {
      throw new InvalidRequestException("project", "no project " + projectId);
    }
  }
}
