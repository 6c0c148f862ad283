package io.jeto.domain.access;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A key about to be stored: its hash, never its secret.
 *
 * @param name what the key is for
 * @param prefix the first characters of the secret
 * @param secretHash the hash that a presented secret is compared with
 * @param expiresAt when the key stops working, if ever
 */
public record NewApiKey(
    String name, String prefix, String secretHash, Optional<Instant> expiresAt) {

  public NewApiKey {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(prefix, "'prefix' must not be null");
    requireNonNull(secretHash, "'secretHash' must not be null");
    requireNonNull(expiresAt, "'expiresAt' must not be null");
  }
}
