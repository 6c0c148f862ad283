package io.jeto.domain.port;

/** Thrown by a repository when a name that must be unique is already in use. */
public final class NameTakenException extends RuntimeException {

  private final String field;

  public NameTakenException(String field, String name) {
    super("'" + name + "' is already taken");
    this.field = field;
  }

  /** The field of the request that carried the name. */
  public String field() {
    return field;
  }
}
