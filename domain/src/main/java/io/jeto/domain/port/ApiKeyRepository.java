package io.jeto.domain.port;

import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.NewApiKey;
import java.time.Instant;
import java.util.Optional;

/** Stores API keys by the hash of their secret; the secret itself is never handed to it. */
public interface ApiKeyRepository {

  ApiKey add(long userId, NewApiKey key);

  /** The key whose secret hashes to this value, unless it was revoked. */
  Optional<ApiKey> findActiveBySecretHash(String secretHash);

  void recordUse(long keyId, Instant usedAt);
}
