package io.jeto.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.port.ApiKeyRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Stores API keys in the api_key table, by the hash of their secret. */
public final class JdbiApiKeyRepository implements ApiKeyRepository {

  private final Jdbi jdbi;

  public JdbiApiKeyRepository(Jdbi jdbi) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
  }

  @Override
  public ApiKey add(long userId, NewApiKey key) {
    return jdbi.inTransaction(handle -> insert(handle, userId, key));
  }

  @Override
  public Optional<ApiKey> findActiveBySecretHash(String secretHash) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT id, user_id, name, prefix, expires_at FROM api_key"
                        + " WHERE secret_hash = :secretHash AND revoked_at IS NULL")
                .bind("secretHash", secretHash)
                .map(new ApiKeyMapper())
                .findOne());
  }

  @Override
  public void recordUse(long keyId, Instant usedAt) {
    jdbi.useTransaction(
        handle ->
            handle
                .createUpdate("UPDATE api_key SET last_used_at = :usedAt WHERE id = :id")
                .bind("usedAt", Columns.utc(usedAt))
                .bind("id", keyId)
                .execute());
  }

  /** Stops the key from being found; a key revoked twice keeps the first revocation's time. */
  public void revoke(long keyId, Instant revokedAt) {
    jdbi.useTransaction(
        handle ->
            handle
                .createUpdate(
                    "UPDATE api_key SET revoked_at = :revokedAt"
                        + " WHERE id = :id AND revoked_at IS NULL")
                .bind("revokedAt", Columns.utc(revokedAt))
                .bind("id", keyId)
                .execute());
  }

  /** Inserts a key in the caller's transaction, so that a new user and its key commit together. */
  static ApiKey insert(Handle handle, long userId, NewApiKey key) {
    long id =
        handle
            .createUpdate(
                "INSERT INTO api_key (user_id, name, prefix, secret_hash, expires_at)"
                    + " VALUES (:userId, :name, :prefix, :secretHash, :expiresAt)")
            .bind("userId", userId)
            .bind("name", key.name())
            .bind("prefix", key.prefix())
            .bind("secretHash", key.secretHash())
            .bindByType("expiresAt", Columns.utcOrNull(key.expiresAt()), OffsetDateTime.class)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    return new ApiKey(id, userId, key.name(), key.prefix(), key.expiresAt());
  }
}
