package io.jeto.adapters.rest;

import static java.util.Objects.requireNonNull;

import io.jeto.application.port.in.AuthenticateCallerUseCase;
import io.jeto.application.port.in.CancelCommandUseCase;
import io.jeto.application.port.in.CreateInstanceUseCase;
import io.jeto.application.port.in.CreateUserUseCase;
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

/** The use cases the HTTP API calls, handed over by bootstrap. */
public record ApiUseCases(
    AuthenticateCallerUseCase authenticateCaller,
    ListInstancesUseCase listInstances,
    GetInstanceUseCase getInstance,
    RegisterInstanceUseCase registerInstance,
    CreateInstanceUseCase createInstance,
    ManageInstanceUseCase manageInstance,
    RunCommandUseCase runCommand,
    ReadCommandsUseCase readCommands,
    CancelCommandUseCase cancelCommand,
    ManageHostsUseCase manageHosts,
    ManageProjectsUseCase manageProjects,
    CreateUserUseCase createUser,
    GrantAccessUseCase grantAccess,
    ManageUsersUseCase manageUsers,
    ManageTeamsUseCase manageTeams,
    ManageGrantsUseCase manageGrants,
    ManageApiKeysUseCase manageApiKeys,
    ReadAuditLogUseCase readAuditLog) {

  public ApiUseCases {
    requireNonNull(authenticateCaller, "'authenticateCaller' must not be null");
    requireNonNull(listInstances, "'listInstances' must not be null");
    requireNonNull(getInstance, "'getInstance' must not be null");
    requireNonNull(registerInstance, "'registerInstance' must not be null");
    requireNonNull(createInstance, "'createInstance' must not be null");
    requireNonNull(manageInstance, "'manageInstance' must not be null");
    requireNonNull(runCommand, "'runCommand' must not be null");
    requireNonNull(readCommands, "'readCommands' must not be null");
    requireNonNull(cancelCommand, "'cancelCommand' must not be null");
    requireNonNull(manageHosts, "'manageHosts' must not be null");
    requireNonNull(manageProjects, "'manageProjects' must not be null");
    requireNonNull(createUser, "'createUser' must not be null");
    requireNonNull(grantAccess, "'grantAccess' must not be null");
    requireNonNull(manageUsers, "'manageUsers' must not be null");
    requireNonNull(manageTeams, "'manageTeams' must not be null");
    requireNonNull(manageGrants, "'manageGrants' must not be null");
    requireNonNull(manageApiKeys, "'manageApiKeys' must not be null");
    requireNonNull(readAuditLog, "'readAuditLog' must not be null");
  }
}
