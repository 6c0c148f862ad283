package io.jeto.application.port.in;

/** The object does not exist, or the caller may not know that it exists. */
public final class NotFoundException extends RuntimeException {

  public NotFoundException(String detail) {
    super(detail);
  }
}
