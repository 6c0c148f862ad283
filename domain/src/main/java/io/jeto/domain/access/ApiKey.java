package io.jeto.domain.access;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A key a user calls Jeto with. Only a hash of its secret is ever stored.
 *
 * @param id the identifier given when the key was stored
 * @param userId the user the key acts for
 * @param name what the key is for, such as {@code ci}
 * @param prefix the first characters of the secret, to tell keys apart in lists
 * @param expiresAt after this instant the key is refused; empty for no expiry
 * @param actions the actions it is narrowed to, empty for all its user may do; a key never
 *     allows more than its user
 * @param createdAt when it was made
 * @param lastUsedAt when it last authenticated a request
 * @param revokedAt when it was revoked; a revoked key is refused
 */
public record ApiKey(
    long id,
    long userId,
    String name,
    String prefix,
    Optional<Instant> expiresAt,
    Optional<Set<Action>> actions,
    Instant createdAt,
    Optional<Instant> lastUsedAt,
    Optional<Instant> revokedAt) {

  public ApiKey {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(prefix, "'prefix' must not be null");
    requireNonNull(expiresAt, "'expiresAt' must not be null");
    actions = requireNonNull(actions, "'actions' must not be null").map(Set::copyOf);
    requireNonNull(createdAt, "'createdAt' must not be null");
    requireNonNull(lastUsedAt, "'lastUsedAt' must not be null");
    requireNonNull(revokedAt, "'revokedAt' must not be null");
  }

  public boolean isExpiredAt(Instant now) {
    return expiresAt.map(expiry -> !now.isBefore(expiry)).orElse(false);
  }

  /** Whether the key itself lets its user do the action; the user's grants decide the rest. */
  public boolean permits(Action action) {
    return actions.map(allowed -> allowed.contains(action)).orElse(true);
  }
}
