package io.jeto.adapters.persistence;

import static io.jeto.adapters.persistence.Columns.optionalLong;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.Grantee;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads a grant row joined with one of its actions and at most one of its scripts, as a grant
 * of that action and script alone; the rows of one grant are then merged. The grantee is the
 * one of user_id and team_id that is set; kinds are stored by name and actions by wire name.
 */
final class GrantMapper implements RowMapper<Grant> {

  @Override
  public Grant map(ResultSet row, StatementContext context) throws SQLException {
    GrantTarget target =
        new GrantTarget(
            GrantTarget.Kind.valueOf(row.getString("target_kind")), row.getLong("target_id"));
    Optional<String> script = Optional.ofNullable(row.getString("script"));
    return new Grant(
        row.getLong("id"),
        grantee(row),
        target,
        Set.of(action(row.getString("action"))),
        script.map(Set::of).orElse(Set.of()));
  }

  private static Grantee grantee(ResultSet row) throws SQLException {
    Optional<Long> userId = optionalLong(row, "user_id");
    if (userId.isPresent()) {
      return Grantee.user(userId.get());
    }
    return Grantee.team(row.getLong("team_id"));
  }

  private static Action action(String wireName) {
    return Action.fromWireName(wireName)
        .orElseThrow(() -> new IllegalStateException("Unknown action '" + wireName + "'"));
  }
}
