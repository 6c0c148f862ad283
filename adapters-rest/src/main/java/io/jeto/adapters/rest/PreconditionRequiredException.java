package io.jeto.adapters.rest;

/** A write that must say which version it is based on, and did not (RFC 6585, 428). */
final class PreconditionRequiredException extends RuntimeException {

  PreconditionRequiredException(String detail) {
    super(detail);
  }
}
