package io.jeto.adapters.persistence;

import static io.jeto.adapters.persistence.Columns.optionalLong;

import io.jeto.domain.access.Team;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads a team row joined with at most one of its members, as a team of that member alone; the
 * rows of one team are then merged.
 */
final class TeamMapper implements RowMapper<Team> {

  @Override
  public Team map(ResultSet row, StatementContext context) throws SQLException {
    return new Team(
        row.getLong("id"),
        row.getString("name"),
        optionalLong(row, "member_id").map(Set::of).orElse(Set.of()),
        row.getLong("version"));
  }
}
