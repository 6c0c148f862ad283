package io.jeto.application.port.in;

import io.jeto.domain.access.Grant;
import java.util.List;

/** Use case: administrators read and remove grants; {@link GrantAccessUseCase} adds them. */
public interface ManageGrantsUseCase {

  /** Administrators see every grant; a user sees those naming it or its teams. */
  List<Grant> listGrants(Caller caller);

  Grant getGrant(Caller caller, long grantId);

  void revokeGrant(Caller caller, long grantId);
}
