package io.jeto.domain.access;

import static java.util.Objects.requireNonNull;

/**
 * What a grant covers: one instance, every instance of a project, or a host.
 *
 * @param kind the kind of object
 * @param id the object's identifier
 */
public record GrantTarget(Kind kind, long id) {

  /** The kinds of object a grant can name. */
  public enum Kind {
    PROJECT,
    INSTANCE,
    HOST
  }

  public GrantTarget {
    requireNonNull(kind, "'kind' must not be null");
  }

  public static GrantTarget project(long id) {
    return new GrantTarget(Kind.PROJECT, id);
  }

  public static GrantTarget instance(long id) {
    return new GrantTarget(Kind.INSTANCE, id);
  }

  public static GrantTarget host(long id) {
    return new GrantTarget(Kind.HOST, id);
  }
}
