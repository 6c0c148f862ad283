package io.jeto.domain.port;

/** An update based on a version of the object that someone else has changed since. */
public final class StaleVersionException extends RuntimeException {

  public StaleVersionException(String message) {
    super(message);
  }
}
