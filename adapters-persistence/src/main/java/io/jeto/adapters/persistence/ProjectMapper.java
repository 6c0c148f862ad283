package io.jeto.adapters.persistence;

import static io.jeto.adapters.persistence.Columns.optionalString;

import io.jeto.domain.project.Project;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a project row. */
final class ProjectMapper implements RowMapper<Project> {

  @Override
  public Project map(ResultSet row, StatementContext context) throws SQLException {
    return new Project(
        row.getLong("id"),
        row.getString("name"),
        optionalString(row, "git_address"),
        optionalString(row, "base_path"));
  }
}
