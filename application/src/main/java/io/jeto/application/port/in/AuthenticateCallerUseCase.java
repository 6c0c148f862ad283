package io.jeto.application.port.in;

/** Use case: tell who sent a request from the API key it carries. */
public interface AuthenticateCallerUseCase {

  /**
   * @throws UnauthenticatedException if the key is unknown, expired, revoked or its user is
   *     disabled
   */
  Caller authenticate(String presentedKey);
}
