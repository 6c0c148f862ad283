package io.jeto.application.port.in;

import io.jeto.domain.access.Grant;
import io.jeto.domain.access.NewGrant;
import java.util.function.Supplier;

/** Use case: an administrator lets a user act on an instance, a project or a host. */
public interface GrantAccessUseCase {

  /**
   * @throws ForbiddenException unless the caller is an administrator
   * @throws InvalidRequestException if the user or the target does not exist
   */
  default Grant grantAccess(Caller caller, NewGrant grant) {
    return grantAccess(caller, () -> grant);
  }

  /** Reads the request only once the caller is known to be an administrator. */
  Grant grantAccess(Caller caller, Supplier<NewGrant> request);
}
