package io.jeto.application.service;

import io.jeto.application.port.in.AuthenticateCallerUseCase;
import io.jeto.application.port.in.CancelCommandUseCase;
import io.jeto.application.port.in.CreateInstanceUseCase;
import io.jeto.application.port.in.CreateUserUseCase;
import io.jeto.application.port.in.EnsureAdministratorUseCase;
import io.jeto.application.port.in.GetInstanceUseCase;
import io.jeto.application.port.in.GrantAccessUseCase;
import io.jeto.application.port.in.ListInstancesUseCase;
import io.jeto.application.port.in.ManageApiKeysUseCase;
import io.jeto.application.port.in.ManageGrantsUseCase;
import io.jeto.application.port.in.ManageHostsUseCase;
import io.jeto.application.port.in.ManageInstanceUseCase;
import io.jeto.application.port.in.ManageProjectsUseCase;
import io.jeto.application.port.in.ManageTeamsUseCase;
import io.jeto.application.port.in.ManageUsersUseCase;
import io.jeto.application.port.in.ReadAuditLogUseCase;
import io.jeto.application.port.in.ReadCommandsUseCase;
import io.jeto.application.port.in.RegisterInstanceUseCase;
import io.jeto.application.port.in.RunCommandUseCase;
import io.jeto.domain.port.ApiKeyRepository;
import io.jeto.domain.port.ArchiveFetcher;
import io.jeto.domain.port.AuditLog;
import io.jeto.domain.port.CommandEvents;
import io.jeto.domain.port.CommandRepository;
import io.jeto.domain.port.ConsoleRepository;
import io.jeto.domain.port.GitRepositories;
import io.jeto.domain.port.GrantRepository;
import io.jeto.domain.port.HostRepository;
import io.jeto.domain.port.InstanceRepository;
import io.jeto.domain.port.ProjectRepository;
import io.jeto.domain.port.TeamRepository;
import io.jeto.domain.port.UserRepository;
import io.jeto.domain.port.VagrantCommandRunner;
import io.jeto.domain.port.VagrantEnvironmentReader;
import java.time.Clock;

/**
 * Wires every use case to the ports it needs; the one entry point bootstrap builds, started
 * once the ports are ready and closed before they are.
 */
public final class JetoUseCases implements AutoCloseable {

  /** The out-ports the use cases run on. */
  public record Ports(
      InstanceRepository instances,
      HostRepository hosts,
      ProjectRepository projects,
      UserRepository users,
      ApiKeyRepository keys,
      GrantRepository grants,
      TeamRepository teams,
      AuditLog auditLog,
      CommandRepository commands,
      ConsoleRepository consoles,
      VagrantEnvironmentReader environments,
      VagrantCommandRunner vagrant,
      GitRepositories git,
      ArchiveFetcher archives,
      CommandEvents events) {}

  /** What {@link #start()} found left by a previous process. */
  public record Recovered(int interrupted, int requeued) {}

  private final CommandExecution execution;
  private final CommandScheduler scheduler;
  private final CommandRecovery recovery;
  private final AuthenticateCallerUseCase authenticateCaller;
  private final ListInstancesUseCase listInstances;
  private final GetInstanceUseCase getInstance;
  private final RegisterInstanceUseCase registerInstance;
  private final CreateInstanceUseCase createInstance;
  private final ManageInstanceUseCase manageInstance;
  private final RunCommandUseCase runCommand;
  private final ReadCommandsUseCase readCommands;
  private final CancelCommandUseCase cancelCommand;
  private final ManageHostsUseCase manageHosts;
  private final ManageProjectsUseCase manageProjects;
  private final CreateUserUseCase createUser;
  private final GrantAccessUseCase grantAccess;
  private final EnsureAdministratorUseCase ensureAdministrator;
  private final ManageUsersUseCase manageUsers;
  private final ManageTeamsUseCase manageTeams;
  private final ManageGrantsUseCase manageGrants;
  private final ManageApiKeysUseCase manageApiKeys;
  private final ReadAuditLogUseCase readAuditLog;

  public JetoUseCases(Ports ports, WorkspaceRoots roots, CommandSettings settings, Clock clock) {
    ApiKeySecrets secrets = new ApiKeySecrets();
    AccessPolicy policy = new AccessPolicy(ports.grants(), ports.teams());
    AuditTrail audit = new AuditTrail(ports.auditLog(), clock);
    ConsoleNotifier notifier = new ConsoleNotifier();
    Workspaces workspaces = new Workspaces(settings.workspaces());
    VisibleInstances visible = new VisibleInstances(ports.instances());

    execution =
        new CommandExecution(
            new CommandExecution.Ports(
                ports.commands(),
                ports.consoles(),
                ports.instances(),
                ports.hosts(),
                ports.vagrant(),
                ports.environments(),
                ports.git(),
                ports.events()),
            notifier,
            workspaces,
            settings,
            audit,
            clock);
    scheduler = new CommandScheduler(settings.maxParallel(), execution::execute);
    recovery = new CommandRecovery(ports.commands(), ports.consoles(), scheduler, clock);
    InstanceDetailsAssembler assembler =
        new InstanceDetailsAssembler(
            ports.hosts(),
            ports.projects(),
            ports.environments(),
            policy,
            instanceId -> scheduler.activeOn(instanceId).flatMap(ports.commands()::findById));

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
            policy,
            audit);
    createInstance =
        new CreateInstanceService(
            new CreateInstanceService.Ports(
                ports.instances(),
                ports.hosts(),
                ports.projects(),
                ports.commands(),
                ports.consoles(),
                ports.git(),
                ports.archives(),
                ports.environments(),
                ports.events()),
            workspaces,
            assembler,
            policy,
            notifier,
            settings,
            audit,
            clock);
    RunCommandService commandRunner =
        new RunCommandService(
            ports.commands(),
            ports.hosts(),
            ports.environments(),
            visible,
            policy,
            scheduler,
            notifier,
            audit,
            clock);
    runCommand = commandRunner;
    manageInstance =
        new ManageInstanceService(
            ports.instances(), visible, assembler, policy, commandRunner, audit, clock);
    readCommands =
        new ReadCommandsService(ports.commands(), ports.consoles(), visible, policy, notifier);
    cancelCommand =
        new CancelCommandService(
            ports.commands(), ports.consoles(), visible, policy, scheduler, notifier, audit, clock);
    manageHosts = new ManageHostsService(ports.hosts(), ports.instances(), policy, audit);
    manageProjects =
        new ManageProjectsService(
            ports.projects(),
            ports.instances(),
            ports.git(),
            policy,
            settings.statusTimeout(),
            audit);
    createUser = new CreateUserService(ports.users(), secrets, policy, audit);
    grantAccess =
        new GrantAccessService(
            ports.grants(),
            ports.users(),
            ports.teams(),
            ports.instances(),
            ports.projects(),
            ports.hosts(),
            policy,
            audit);
    ensureAdministrator = new EnsureAdministratorService(ports.users(), ports.keys(), secrets);
    manageUsers = new ManageUsersService(ports.users(), policy, audit);
    manageTeams = new ManageTeamsService(ports.teams(), ports.users(), policy, audit);
    manageGrants = new ManageGrantsService(ports.grants(), ports.teams(), policy, audit);
    manageApiKeys =
        new ManageApiKeysService(ports.keys(), ports.users(), secrets, policy, audit, clock);
    readAuditLog = new ReadAuditLogService(ports.auditLog(), ports.instances(), policy);
  }

  /** Marks what a previous process left running as interrupted and runs the queue on. */
  public Recovered start() {
    return recovery.recover();
  }

  /** Stops running commands (they end as interrupted); queued ones wait for the next start. */
  @Override
  public void close() {
    execution.stopping();
    scheduler.close();
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

  public CreateInstanceUseCase createInstance() {
    return createInstance;
  }

  public ManageInstanceUseCase manageInstance() {
    return manageInstance;
  }

  public RunCommandUseCase runCommand() {
    return runCommand;
  }

  public ReadCommandsUseCase readCommands() {
    return readCommands;
  }

  public CancelCommandUseCase cancelCommand() {
    return cancelCommand;
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

  public ManageUsersUseCase manageUsers() {
    return manageUsers;
  }

  public ManageTeamsUseCase manageTeams() {
    return manageTeams;
  }

  public ManageGrantsUseCase manageGrants() {
    return manageGrants;
  }

  public ManageApiKeysUseCase manageApiKeys() {
    return manageApiKeys;
  }

  public ReadAuditLogUseCase readAuditLog() {
    return readAuditLog;
  }
}
