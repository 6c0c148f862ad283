package io.jeto.adapters.persistence;

import io.jeto.domain.access.Role;
import io.jeto.domain.access.User;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a user row, whose role is stored by its wire name. */
final class UserMapper implements RowMapper<User> {

  @Override
  public User map(ResultSet row, StatementContext context) throws SQLException {
    String role = row.getString("role");
    return new User(
        row.getLong("id"),
        row.getString("name"),
        row.getString("email"),
        Role.fromWireName(role)
            .orElseThrow(() -> new IllegalStateException("Unknown role '" + role + "'")),
        row.getBoolean("disabled"));
  }
}
