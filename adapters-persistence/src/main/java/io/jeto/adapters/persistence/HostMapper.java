package io.jeto.adapters.persistence;

import io.jeto.domain.host.Host;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads a host row joined with at most one of its parameters, as a host holding that parameter
 * alone, decrypted; the rows of one host are then merged.
 */
final class HostMapper implements RowMapper<Host> {

  private final ParamCipher cipher;

  HostMapper(ParamCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public Host map(ResultSet row, StatementContext context) throws SQLException {
    long id = row.getLong("id");
    String paramName = row.getString("param_name");
    Map<String, String> param =
        paramName == null
            ? Map.of()
            : Map.of(paramName, cipher.decrypt(id, paramName, row.getString("param_value")));
    return new Host(id, row.getString("name"), row.getString("provider"), param);
  }
}
