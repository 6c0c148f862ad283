package io.jeto.domain.port;

import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.NewApiKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores API keys by the hash of their secret; the secret itself is never handed to it. */
public interface ApiKeyRepository {

  ApiKey add(long userId, NewApiKey key);

  /** The key whose secret hashes to this value, unless it was revoked. */
  Optional<ApiKey> findActiveBySecretHash(String secretHash);

  void recordUse(long keyId, Instant usedAt);

  Optional<ApiKey> findById(long id);

  /** Every key, revoked ones included, by identifier. */
  List<ApiKey> findAll();

  /** The user's keys, revoked ones included, by identifier. */
  List<ApiKey> findByUser(long userId);

  /** Revokes at once; false if there is no such key or it was already revoked. */
  boolean revoke(long keyId, Instant at);
}
