package io.jeto.application.port.in;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.User;
import java.util.Optional;

/**
 * Who is asking: the user behind the key that came with the request.
 *
 * @param user the key's user
 * @param key the key that was presented
 * @param address the client's network address, for the audit log
 */
public record Caller(User user, ApiKey key, Optional<String> address) {

  public Caller {
    requireNonNull(user, "'user' must not be null");
    requireNonNull(key, "'key' must not be null");
    requireNonNull(address, "'address' must not be null");
  }

  public Caller(User user, ApiKey key) {
    this(user, key, Optional.empty());
  }

  public boolean isAdministrator() {
    return user.isAdministrator();
  }

  /**
   * An administrator calling with a key for everything: only such a caller administers Jeto. A
   * key narrowed to some actions is a key for those actions, even an administrator's.
   */
  public boolean administers() {
    return isAdministrator() && key.actions().isEmpty();
  }
}
