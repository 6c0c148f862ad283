package io.jeto.application.port.in;

import java.util.Optional;

/** Use case: tell who sent a request from the API key it carries. */
public interface AuthenticateCallerUseCase {

  /**
   * @throws UnauthenticatedException if the key is unknown, expired, revoked or its user is
   *     disabled
   */
  default Caller authenticate(String presentedKey) {
    return authenticate(presentedKey, Optional.empty());
  }

  /** As {@link #authenticate(String)}, remembering the client's address for the audit log. */
  Caller authenticate(String presentedKey, Optional<String> address);
}
