package io.jeto.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
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

  /** Every value in the column, in the table's primary key order. */
  List<String> strings(String table, String column, String orderBy) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + column + " FROM " + table + " ORDER BY " + orderBy)
                .mapTo(String.class)
                .list());
  }

  /** The whole database as the SQL script that H2 would restore it from. */
  String dump() {
    List<String> lines =
        jdbi.withHandle(handle -> handle.createQuery("SCRIPT").mapTo(String.class).list());
    return String.join("\n", lines);
  }

  /** The rows of keys, grants and memberships that name a user, team or grant no longer there. */
  long accessOrphans() {
    return count("api_key WHERE user_id NOT IN (SELECT id FROM app_user)")
        + count(
            "access_grant WHERE user_id IS NOT NULL"
                + " AND user_id NOT IN (SELECT id FROM app_user)")
        + count("access_grant WHERE team_id IS NOT NULL AND team_id NOT IN (SELECT id FROM team)")
        + count("access_grant_action WHERE grant_id NOT IN (SELECT id FROM access_grant)")
        + count("access_grant_script WHERE grant_id NOT IN (SELECT id FROM access_grant)")
        + count("team_member WHERE team_id NOT IN (SELECT id FROM team)")
        + count("team_member WHERE user_id NOT IN (SELECT id FROM app_user)");
  }

  void execute(String sql) {
    jdbi.useHandle(handle -> handle.execute(sql));
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
