package io.jeto.application.port.in;

import io.jeto.domain.access.NewUser;
import java.util.function.Supplier;

/** Use case: an administrator makes a user and receives its first key once. */
public interface CreateUserUseCase {

  /**
   * @throws ForbiddenException unless the caller is an administrator
   * @throws InvalidRequestException if a field is not acceptable
   */
  default CreatedUser createUser(Caller caller, NewUser user) {
    return createUser(caller, () -> user);
  }

  /** Reads the request only once the caller is known to be an administrator. */
  CreatedUser createUser(Caller caller, Supplier<NewUser> request);
}
