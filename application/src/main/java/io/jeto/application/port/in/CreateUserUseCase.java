package io.jeto.application.port.in;

import io.jeto.domain.access.NewUser;

/** Use case: an administrator makes a user and receives its first key once. */
public interface CreateUserUseCase {

  /**
   * @throws ForbiddenException unless the caller is an administrator
   * @throws InvalidRequestException if a field is not acceptable
   */
  CreatedUser createUser(Caller caller, NewUser user);
}
