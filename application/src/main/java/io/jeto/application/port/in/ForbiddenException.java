package io.jeto.application.port.in;

/** The caller may see the object but not do what it asked. */
public final class ForbiddenException extends RuntimeException {

  public ForbiddenException(String detail) {
    super(detail);
  }
}
