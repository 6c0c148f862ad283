package io.jeto.application.port.in;

/** The request is valid but the object's present state does not allow it. */
public final class ConflictException extends RuntimeException {

  public ConflictException(String detail) {
    super(detail);
  }
}
