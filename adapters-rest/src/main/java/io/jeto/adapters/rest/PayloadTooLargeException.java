package io.jeto.adapters.rest;

/** A request body over the configured limit. */
final class PayloadTooLargeException extends RuntimeException {

  PayloadTooLargeException(long limit) {
    super("the request body is larger than " + limit + " bytes");
  }
}
