package io.jeto.domain.access;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A key about to be stored: its hash, never its secret.
 *
 * @param name what the key is for
 * @param prefix the first characters of the secret
 * @param secretHash the hash that a presented secret is compared with
 * @param expiresAt when the key stops working, if ever
 * @param actions the actions it is narrowed to, empty for all its user may do
 */
public record NewApiKey(
    String name,
    String prefix,
    String secretHash,
    Optional<Instant> expiresAt,
    Optional<Set<Action>> actions) {

  public NewApiKey {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(prefix, "'prefix' must not be null");
    requireNonNull(secretHash, "'secretHash' must not be null");
    requireNonNull(expiresAt, "'expiresAt' must not be null");
    actions = requireNonNull(actions, "'actions' must not be null").map(Set::copyOf);
  }

  /** A key for every action the user may do, with no expiry. */
  public static NewApiKey unrestricted(String name, String prefix, String secretHash) {
    return new NewApiKey(name, prefix, secretHash, Optional.empty(), Optional.empty());
  }
}
