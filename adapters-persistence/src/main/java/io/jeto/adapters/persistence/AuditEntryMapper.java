package io.jeto.adapters.persistence;

import static io.jeto.adapters.persistence.Columns.instant;
import static io.jeto.adapters.persistence.Columns.optionalLong;
import static io.jeto.adapters.persistence.Columns.optionalString;

import io.jeto.domain.audit.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads an audit_entry row. */
final class AuditEntryMapper implements RowMapper<AuditEntry> {

  static final String COLUMNS =
      "id, at, user_id, user_name, key_name, action, object_type, object_id, object_name,"
          + " address, details, outcome";

  @Override
  public AuditEntry map(ResultSet row, StatementContext context) throws SQLException {
    return new AuditEntry(
        row.getLong("id"),
        instant(row, "at"),
        optionalLong(row, "user_id"),
        row.getString("user_name"),
        optionalString(row, "key_name"),
        row.getString("action"),
        row.getString("object_type"),
        optionalLong(row, "object_id"),
        optionalString(row, "object_name"),
        optionalString(row, "address"),
        optionalString(row, "details"),
        row.getString("outcome"));
  }
}
