package io.jeto.application.port.in;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.access.User;

/**
 * A user just made, with the secret of its first key, which is never shown again.
 *
 * @param user the stored user
 * @param apiKey the secret of its first key
 */
public record CreatedUser(User user, String apiKey) {

  public CreatedUser {
    requireNonNull(user, "'user' must not be null");
    requireNonNull(apiKey, "'apiKey' must not be null");
  }

  @Override
  public String toString() {
    return "CreatedUser[user=" + user + ", apiKey=********]";
  }
}
