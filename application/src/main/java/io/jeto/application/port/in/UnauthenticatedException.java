package io.jeto.application.port.in;

/** No key, or a key that is unknown, expired, revoked or belongs to a disabled user. */
public final class UnauthenticatedException extends RuntimeException {

  public UnauthenticatedException(String detail) {
    super(detail);
  }
}
