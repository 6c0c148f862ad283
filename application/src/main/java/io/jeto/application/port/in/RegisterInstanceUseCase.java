package io.jeto.application.port.in;

/** Use case: start managing a Vagrant environment that already exists at a path. */
public interface RegisterInstanceUseCase {

  /**
   * @throws ForbiddenException unless the caller is an administrator
   * @throws InvalidRequestException if the host, project or path is not acceptable
   */
  InstanceDetails registerInstance(Caller caller, RegisterInstanceCommand command);
}
