package io.jeto.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a console_meta row, whose marker_id is null while nothing was dropped. */
final class ConsoleMetaMapper implements RowMapper<ConsoleMeta> {

  @Override
  public ConsoleMeta map(ResultSet row, StatementContext context) throws SQLException {
    return new ConsoleMeta(
        row.getLong("last_id"),
        row.getBoolean("head_open"),
        row.getLong("head_end_id"),
        row.getLong("head_bytes"),
        row.getLong("tail_bytes"),
        row.getLong("marker_id"),
        row.getLong("dropped_bytes"));
  }
}
