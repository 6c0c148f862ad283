package io.jeto.application.port.in;

/** A write that must say which version it is based on, and did not (RFC 6585, 428). */
public final class PreconditionRequiredException extends RuntimeException {

  public PreconditionRequiredException(String detail) {
    super(detail);
  }
}
