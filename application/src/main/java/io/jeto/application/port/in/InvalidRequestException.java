package io.jeto.application.port.in;

/** A request that names a field with a value the use case cannot accept. */
public final class InvalidRequestException extends RuntimeException {

  private final String field;

  public InvalidRequestException(String field, String detail) {
    super(field + ": " + detail);
    this.field = field;
  }

  /** The request field at fault, as the client spelled it. */
  public String field() {
    return field;
  }
}
