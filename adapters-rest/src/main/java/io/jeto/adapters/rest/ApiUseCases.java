package io.jeto.adapters.rest;

import static java.util.Objects.requireNonNull;

import io.jeto.application.port.in.AuthenticateCallerUseCase;
import io.jeto.application.port.in.CreateUserUseCase;
import io.jeto.application.port.in.GetInstanceUseCase;
import io.jeto.application.port.in.GrantAccessUseCase;
import io.jeto.application.port.in.ListInstancesUseCase;
import io.jeto.application.port.in.ManageHostsUseCase;
import io.jeto.application.port.in.ManageProjectsUseCase;
import io.jeto.application.port.in.RegisterInstanceUseCase;

/** The use cases the HTTP API calls, handed over by bootstrap. */
public record ApiUseCases(
    AuthenticateCallerUseCase authenticateCaller,
    ListInstancesUseCase listInstances,
    GetInstanceUseCase getInstance,
    RegisterInstanceUseCase registerInstance,
    ManageHostsUseCase manageHosts,
    ManageProjectsUseCase manageProjects,
    CreateUserUseCase createUser,
    GrantAccessUseCase grantAccess) {

  public ApiUseCases {
    requireNonNull(authenticateCaller, "'authenticateCaller' must not be null");
    requireNonNull(listInstances, "'listInstances' must not be null");
    requireNonNull(getInstance, "'getInstance' must not be null");
    requireNonNull(registerInstance, "'registerInstance' must not be null");
    requireNonNull(manageHosts, "'manageHosts' must not be null");
    requireNonNull(manageProjects, "'manageProjects' must not be null");
    requireNonNull(createUser, "'createUser' must not be null");
    requireNonNull(grantAccess, "'grantAccess' must not be null");
  }
}
