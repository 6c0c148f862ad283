package io.jeto.domain.access;

import static java.util.Objects.requireNonNull;

/**
 * A user about to be stored, before it has an identifier.
 *
 * @param name the unique name
 * @param email where to reach it
 * @param role administrator or user
 */
public record NewUser(String name, String email, Role role) {

  public NewUser {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(email, "'email' must not be null");
    requireNonNull(role, "'role' must not be null");
  }
}
