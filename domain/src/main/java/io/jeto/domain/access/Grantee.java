package io.jeto.domain.access;

import static java.util.Objects.requireNonNull;

/**
 * Who a grant lets act: one user, or every member of a team.
 *
 * @param kind user or team
 * @param id the user's or team's identifier
 */
public record Grantee(Kind kind, long id) {

  /** The kinds of grantee. */
  public enum Kind {
    USER,
    TEAM
  }

  public Grantee {
    requireNonNull(kind, "'kind' must not be null");
  }

  public static Grantee user(long id) {
    return new Grantee(Kind.USER, id);
  }

  public static Grantee team(long id) {
    return new Grantee(Kind.TEAM, id);
  }
}
