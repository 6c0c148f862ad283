package io.jeto.adapters.persistence;

import io.jeto.domain.command.ConsoleLine;
import io.jeto.domain.command.ConsoleStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a console line row, whose stream is stored by its wire name. */
final class ConsoleLineMapper implements RowMapper<ConsoleLine> {

  private static final ConsoleStream[] STREAMS = ConsoleStream.values();

  @Override
  public ConsoleLine map(ResultSet row, StatementContext context) throws SQLException {
    return new ConsoleLine(
        row.getLong("id"), stream(row.getString("stream")), row.getString("text"));
  }

  private static ConsoleStream stream(String wireName) {
    return Arrays.stream(STREAMS)
        .filter(stream -> stream.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Unknown stream '" + wireName + "'"));
  }
}
