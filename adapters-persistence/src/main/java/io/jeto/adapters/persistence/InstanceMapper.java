package io.jeto.adapters.persistence;

import static io.jeto.adapters.persistence.Columns.instant;
import static io.jeto.adapters.persistence.Columns.optionalInstant;
import static io.jeto.adapters.persistence.Columns.optionalLong;
import static io.jeto.adapters.persistence.Columns.optionalString;

import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.MachineStatus;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads an instance row joined with at most one of its machines, as an instance whose status
 * holds that machine alone; the rows of one instance are then merged.
 */
final class InstanceMapper implements RowMapper<Instance> {

  @Override
  public Instance map(ResultSet row, StatementContext context) throws SQLException {
    EnvironmentStatus status =
        new EnvironmentStatus(
            machines(row),
            optionalString(row, "status_error"),
            optionalInstant(row, "status_checked_at"));
    return new Instance(
        row.getLong("id"),
        row.getString("name"),
        Path.of(row.getString("path")),
        optionalString(row, "archive_url"),
        optionalString(row, "git_reference"),
        row.getString("environment"),
        row.getLong("host_id"),
        optionalLong(row, "project_id"),
        row.getBoolean("workspace_owned"),
        status);
  }

  private static List<MachineStatus> machines(ResultSet row) throws SQLException {
    String name = row.getString("machine_name");
    if (name == null) {
      return List.of();
    }
    return List.of(
        new MachineStatus(
            name,
            optionalString(row, "machine_ip"),
            row.getString("machine_status"),
            row.getString("machine_state"),
            row.getString("machine_provider"),
            instant(row, "machine_checked_at")));
  }
}
