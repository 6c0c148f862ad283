package io.jeto.application.port.in;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.User;

/**
 * Who is asking: the user behind the key that came with the request.
 *
 * @param user the key's user
 * @param key the key that was presented
 */
public record Caller(User user, ApiKey key) {

  public Caller {
    requireNonNull(user, "'user' must not be null");
    requireNonNull(key, "'key' must not be null");
  }

  public boolean isAdministrator() {
    return user.isAdministrator();
  }
}
