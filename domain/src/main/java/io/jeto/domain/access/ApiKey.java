package io.jeto.domain.access;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A key a user calls Jeto with. Only a hash of its secret is ever stored.
 *
 * @param id the identifier given when the key was stored
 * @param userId the user the key acts for
 * @param name what the key is for, such as {@code ci}
 * @param prefix the first characters of the secret, to tell keys apart in lists
 * @param expiresAt after this instant the key is refused; empty for no expiry
 */
public record ApiKey(
    long id, long userId, String name, String prefix, Optional<Instant> expiresAt) {

  public ApiKey {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(prefix, "'prefix' must not be null");
    requireNonNull(expiresAt, "'expiresAt' must not be null");
  }

  public boolean isExpiredAt(Instant now) {
    return expiresAt.map(expiry -> !now.isBefore(expiry)).orElse(false);
  }
}
