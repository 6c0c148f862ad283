package io.jeto.application.service;

import io.jeto.application.port.in.AuthenticateCallerUseCase;
import io.jeto.application.port.in.CreateUserUseCase;
import io.jeto.application.port.in.EnsureAdministratorUseCase;
import io.jeto.application.port.in.GetInstanceUseCase;
import io.jeto.application.port.in.GrantAccessUseCase;
import io.jeto.application.port.in.ListInstancesUseCase;
import io.jeto.application.port.in.ManageHostsUseCase;
import io.jeto.application.port.in.ManageProjectsUseCase;
import io.jeto.application.port.in.RegisterInstanceUseCase;
import io.jeto.domain.port.ApiKeyRepository;
import io.jeto.domain.port.GrantRepository;
import io.jeto.domain.port.HostRepository;
import io.jeto.domain.port.InstanceRepository;
import io.jeto.domain.port.ProjectRepository;
import io.jeto.domain.port.UserRepository;
import io.jeto.domain.port.VagrantEnvironmentReader;
import java.time.Clock;

/** Wires every use case to the ports it needs; the one entry point bootstrap builds. */
public final class JetoUseCases {

  /** The out-ports the use cases run on. */
  public record Ports(
      InstanceRepository instances,
      HostRepository hosts,
      ProjectRepository projects,
      UserRepository users,
      ApiKeyRepository keys,
      GrantRepository grants,
      VagrantEnvironmentReader environments) {}

  private final AuthenticateCallerUseCase authenticateCaller;
  private final ListInstancesUseCase listInstances;
  private final GetInstanceUseCase getInstance;
  private final RegisterInstanceUseCase registerInstance;
  private final ManageHostsUseCase manageHosts;
  private final ManageProjectsUseCase manageProjects;
  private final CreateUserUseCase createUser;
  private final GrantAccessUseCase grantAccess;
  private final EnsureAdministratorUseCase ensureAdministrator;

  public JetoUseCases(Ports ports, WorkspaceRoots roots, Clock clock) {
    ApiKeySecrets secrets = new ApiKeySecrets();
    AccessPolicy policy = new AccessPolicy(ports.grants());
    InstanceDetailsAssembler assembler =
        new InstanceDetailsAssembler(ports.hosts(), ports.projects(), ports.environments(), policy);

    authenticateCaller = new AuthenticateCallerService(ports.keys(), ports.users(), secrets, clock);
    listInstances = new ListInstancesService(ports.instances(), assembler, policy);
    getInstance =
        new GetInstanceService(ports.instances(), ports.environments(), assembler, policy);
    registerInstance =
        new RegisterInstanceService(
            ports.instances(),
            ports.hosts(),
            ports.projects(),
            ports.environments(),
            roots,
            assembler,
            policy);
    manageHosts = new ManageHostsService(ports.hosts(), ports.instances(), policy);
    manageProjects = new ManageProjectsService(ports.projects(), policy);
    createUser = new CreateUserService(ports.users(), secrets, policy);
    grantAccess =
        new GrantAccessService(
            ports.grants(),
            ports.users(),
            ports.instances(),
            ports.projects(),
            ports.hosts(),
            policy);
    ensureAdministrator = new EnsureAdministratorService(ports.users(), ports.keys(), secrets);
  }

  public AuthenticateCallerUseCase authenticateCaller() {
    return authenticateCaller;
  }

  public ListInstancesUseCase listInstances() {
    return listInstances;
  }

  public GetInstanceUseCase getInstance() {
    return getInstance;
  }

  public RegisterInstanceUseCase registerInstance() {
    return registerInstance;
  }

  public ManageHostsUseCase manageHosts() {
    return manageHosts;
  }

  public ManageProjectsUseCase manageProjects() {
    return manageProjects;
  }

  public CreateUserUseCase createUser() {
    return createUser;
  }

  public GrantAccessUseCase grantAccess() {
    return grantAccess;
  }

  public EnsureAdministratorUseCase ensureAdministrator() {
    return ensureAdministrator;
  }
}
