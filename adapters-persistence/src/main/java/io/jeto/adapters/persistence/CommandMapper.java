package io.jeto.adapters.persistence;

import static io.jeto.adapters.persistence.Columns.instant;
import static io.jeto.adapters.persistence.Columns.optionalInstant;
import static io.jeto.adapters.persistence.Columns.optionalString;

import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandAction;
import io.jeto.domain.command.CommandState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a command row, whose action and state are stored by their wire names. */
final class CommandMapper implements RowMapper<Command> {

  @Override
  public Command map(ResultSet row, StatementContext context) throws SQLException {
    return new Command(
        row.getLong("id"),
        row.getLong("instance_id"),
        action(row.getString("action")),
        optionalString(row, "machine"),
        optionalString(row, "script"),
        state(row.getString("state")),
        Optional.ofNullable(row.getObject("exit_code", Integer.class)),
        instant(row, "created_at"),
        optionalInstant(row, "started_at"),
        optionalInstant(row, "finished_at"),
        row.getString("requested_by"));
  }

  private static CommandAction action(String wireName) {
    return CommandAction.fromWireName(wireName)
        .orElseThrow(() -> new IllegalStateException("Unknown action '" + wireName + "'"));
  }

  static CommandState state(String wireName) {
    return Arrays.stream(CommandState.values())
        .filter(state -> state.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Unknown state '" + wireName + "'"));
  }
}
