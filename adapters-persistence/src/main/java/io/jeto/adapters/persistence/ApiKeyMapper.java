package io.jeto.adapters.persistence;

import static io.jeto.adapters.persistence.Columns.optionalInstant;

import io.jeto.domain.access.ApiKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads an API key row. */
final class ApiKeyMapper implements RowMapper<ApiKey> {

  @Override
  public ApiKey map(ResultSet row, StatementContext context) throws SQLException {
    return new ApiKey(
        row.getLong("id"),
        row.getLong("user_id"),
        row.getString("name"),
        row.getString("prefix"),
        optionalInstant(row, "expires_at"));
  }
}
