package io.jeto.application.port.in;

/** The client's copy of the object is stale: someone changed it since the client read it. */
public final class PreconditionFailedException extends RuntimeException {

  public PreconditionFailedException(String detail) {
    super(detail);
  }
}
