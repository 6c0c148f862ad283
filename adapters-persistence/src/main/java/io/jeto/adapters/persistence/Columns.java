package io.jeto.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Converts between domain values and the values this schema keeps in its columns. */
final class Columns {

  private Columns() {}

  /** Instants are written at UTC so that what is stored does not depend on the JVM's zone. */
  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static OffsetDateTime utcOrNull(Optional<Instant> instant) {
    return instant.map(Columns::utc).orElse(null);
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    return optionalInstant(row, column)
        .orElseThrow(() -> new IllegalStateException("'" + column + "' is null"));
  }

  static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }

  static Optional<String> optionalString(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }

  static Optional<Long> optionalLong(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getObject(column, Long.class));
  }
}
