package io.jeto.adapters.persistence;

import static io.jeto.adapters.persistence.Columns.instant;
import static io.jeto.adapters.persistence.Columns.optionalInstant;
import static io.jeto.adapters.persistence.Columns.optionalString;
import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toUnmodifiableSet;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.ApiKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads an API key row. The actions a key is narrowed to are stored by wire name, separated by
 * commas, NULL for a key that is not narrowed; an empty text is a key narrowed to nothing.
 */
final class ApiKeyMapper implements RowMapper<ApiKey> {

  static final String COLUMNS =
      "id, user_id, name, prefix, expires_at, actions, created_at, last_used_at, revoked_at";

  private static final String SEPARATOR = ",";

  @Override
  public ApiKey map(ResultSet row, StatementContext context) throws SQLException {
    return new ApiKey(
        row.getLong("id"),
        row.getLong("user_id"),
        row.getString("name"),
        row.getString("prefix"),
        optionalInstant(row, "expires_at"),
        optionalString(row, "actions").map(ApiKeyMapper::actions),
        instant(row, "created_at"),
        optionalInstant(row, "last_used_at"),
        optionalInstant(row, "revoked_at"));
  }

  /** The actions column of a key, in the enum's order; null when the key is not narrowed. */
  static String actionsColumn(Optional<Set<Action>> actions) {
    return actions
        .map(
            narrowed ->
                narrowed.isEmpty()
                    ? ""
                    : EnumSet.copyOf(narrowed).stream()
                        .map(Action::wireName)
                        .collect(joining(SEPARATOR)))
        .orElse(null);
  }

  private static Set<Action> actions(String column) {
    if (column.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(column.split(SEPARATOR))
        .map(
            wireName ->
                Action.fromWireName(wireName)
                    .orElseThrow(
                        () -> new IllegalStateException("Unknown action '" + wireName + "'")))
        .collect(toUnmodifiableSet());
  }
}
