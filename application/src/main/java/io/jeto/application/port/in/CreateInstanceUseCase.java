package io.jeto.application.port.in;

/**
 * Use case: make a new environment from a git reference or an archive, as the instance's first
 * command, and keep it only if that command succeeds.
 */
public interface CreateInstanceUseCase {

  /**
   * @throws InvalidRequestException naming the field when the reference does not exist, the
   *     archive cannot be used, or the result holds no Vagrantfile; nothing is left behind
   */
  InstanceDetails createInstance(Caller caller, CreateInstanceCommand command);
}
