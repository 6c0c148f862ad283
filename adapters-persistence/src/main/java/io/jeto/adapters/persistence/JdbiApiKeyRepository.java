package io.jeto.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.port.ApiKeyRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores API keys in the api_key table, by the hash of their secret. Revoked keys stay, for the
 * record, but are never found by their hash.
 */
public final class JdbiApiKeyRepository implements ApiKeyRepository {

  private static final String SELECT = "SELECT " + ApiKeyMapper.COLUMNS + " FROM api_key";

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
                .createQuery(SELECT + " WHERE secret_hash = :secretHash AND revoked_at IS NULL")
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

  @Override
  public Optional<ApiKey> findById(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE id = :id")
                .bind("id", id)
                .map(new ApiKeyMapper())
                .findOne());
  }

  @Override
  public List<ApiKey> findAll() {
    return jdbi.withHandle(
        handle -> handle.createQuery(SELECT + " ORDER BY id").map(new ApiKeyMapper()).list());
  }

  @Override
  public List<ApiKey> findByUser(long userId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE user_id = :userId ORDER BY user_id, id")
                .bind("userId", userId)
                .map(new ApiKeyMapper())
                .list());
  }

  /** One conditional update, so that a key revoked twice keeps the first revocation's time. */
  @Override
  public boolean revoke(long keyId, Instant at) {
    int revoked =
        jdbi.inTransaction(
            handle ->
                handle
                    .createUpdate(
                        "UPDATE api_key SET revoked_at = :revokedAt"
                            + " WHERE id = :id AND revoked_at IS NULL")
                    .bind("revokedAt", Columns.utc(at))
                    .bind("id", keyId)
                    .execute());
    return revoked > 0;
  }

  /**
   * Inserts a key in the caller's transaction, so that a new user and its key commit together.
   * The database gives the creation time.
   */
  static ApiKey insert(Handle handle, long userId, NewApiKey key) {
    long id =
        handle
            .createUpdate(
                "INSERT INTO api_key (user_id, name, prefix, secret_hash, expires_at, actions)"
                    + " VALUES (:userId, :name, :prefix, :secretHash, :expiresAt, :actions)")
            .bind("userId", userId)
            .bind("name", key.name())
            .bind("prefix", key.prefix())
            .bind("secretHash", key.secretHash())
            .bindByType("expiresAt", Columns.utcOrNull(key.expiresAt()), OffsetDateTime.class)
            .bindByType("actions", ApiKeyMapper.actionsColumn(key.actions()), String.class)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    return handle
        .createQuery(SELECT + " WHERE id = :id")
        .bind("id", id)
        .map(new ApiKeyMapper())
        .one();
  }
}
