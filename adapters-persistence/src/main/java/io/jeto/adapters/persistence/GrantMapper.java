package io.jeto.adapters.persistence;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads a grant row joined with one of its actions, as a grant of that action alone; the rows of
 * one grant are then merged. Kinds are stored by name and actions by wire name.
 */
final class GrantMapper implements RowMapper<Grant> {

  @Override
  public Grant map(ResultSet row, StatementContext context) throws SQLException {
    GrantTarget target =
        new GrantTarget(
            GrantTarget.Kind.valueOf(row.getString("target_kind")), row.getLong("target_id"));
    return new Grant(
        row.getLong("id"), row.getLong("user_id"), target, Set.of(action(row.getString("action"))));
  }

  private static Action action(String wireName) {
    return Action.fromWireName(wireName)
        .orElseThrow(() -> new IllegalStateException("Unknown action '" + wireName + "'"));
  }
}
