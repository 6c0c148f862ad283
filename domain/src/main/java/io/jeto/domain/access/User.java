package io.jeto.domain.access;

import static java.util.Objects.requireNonNull;

/**
 * Someone, or some job, that calls Jeto with an API key.
 *
 * @param id the identifier given when the user was stored
 * @param name the unique name users know it by
 * @param email where to reach it
 * @param role administrator or user
 * @param disabled a disabled user's keys are refused
 */
public record User(long id, String name, String email, Role role, boolean disabled) {

  public User {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(email, "'email' must not be null");
    requireNonNull(role, "'role' must not be null");
  }

  public boolean isAdministrator() {
    return role == Role.ADMIN;
  }
}
