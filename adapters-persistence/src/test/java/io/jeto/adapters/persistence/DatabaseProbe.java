package io.jeto.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Looks into a test database behind the repositories' back, to see what they really stored. */
final class DatabaseProbe {

  private final Jdbi jdbi;

  DatabaseProbe(String jdbcUrl) {
    this.jdbi =
        Jdbi.create(jdbcUrl, JdbiPersistence.DEFAULT_USER, JdbiPersistence.DEFAULT_PASSWORD);
  }

  long count(String table) {
    return jdbi.withHandle(
        handle -> handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
  }

  /** The sum of a numeric column, zero for an empty table. */
  long sum(String table, String column) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT COALESCE(SUM(" + column + "), 0) FROM " + table)
                .mapTo(Long.class)
                .one());
  }

  Optional<Instant> keyLastUsedAt(long keyId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT last_used_at FROM api_key WHERE id = :id")
                .bind("id", keyId)
                .mapTo(OffsetDateTime.class)
                .findOne()
                .map(OffsetDateTime::toInstant));
  }

  Optional<Instant> keyRevokedAt(long keyId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT revoked_at FROM api_key WHERE id = :id")
                .bind("id", keyId)
                .mapTo(OffsetDateTime.class)
                .findOne()
                .map(OffsetDateTime::toInstant));
  }
}
