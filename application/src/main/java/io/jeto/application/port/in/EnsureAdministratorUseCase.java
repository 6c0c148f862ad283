package io.jeto.application.port.in;

import java.util.Optional;

/** Use case: make sure that a first start leaves someone able to administer Jeto. */
public interface EnsureAdministratorUseCase {

  /**
   * Creates the first administrator when there is none, with the configured key or a new one,
   * and makes a configured key valid for an existing administrator.
   *
   * @return the secret of a key that was generated now, to be shown to the operator once
   */
  Optional<String> ensureAdministrator(Optional<String> configuredKey);
}
