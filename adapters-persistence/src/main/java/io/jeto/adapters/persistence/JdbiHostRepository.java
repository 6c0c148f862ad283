package io.jeto.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.port.HostRepository;
import io.jeto.domain.port.NameTakenException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementException;

/** Stores hosts in the host table and their parameters in host_param. */
public final class JdbiHostRepository implements HostRepository {

  private static final String NAME_CONSTRAINT = "uq_host_name";

  /** One statement reads hosts and parameters together, so that it sees them consistently. */
  private static final String SELECT =
      "SELECT h.id, h.name, h.provider, p.param_name, p.param_value"
          + " FROM host h LEFT JOIN host_param p ON p.host_id = h.id";

  private final Jdbi jdbi;

  public JdbiHostRepository(Jdbi jdbi) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
  }

  @Override
  public Host add(NewHost host) {
    try {
      return jdbi.inTransaction(handle -> insert(handle, host));
    } catch (StatementException failure) {
      if (UniqueViolation.of(failure, NAME_CONSTRAINT)) {
        throw new NameTakenException("name", host.name());
      }
      throw failure;
    }
  }

  @Override
  public Optional<Host> findById(long id) {
    List<Host> rows =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(SELECT + " WHERE h.id = :id")
                    .bind("id", id)
                    .map(new HostMapper())
                    .list());
    return JoinedRows.merge(rows, Host::id, JdbiHostRepository::merge).stream().findFirst();
  }

  @Override
  public List<Host> findAll() {
    List<Host> rows =
        jdbi.withHandle(
            handle ->
                handle.createQuery(SELECT + " ORDER BY h.id").map(new HostMapper()).list());
    return JoinedRows.merge(rows, Host::id, JdbiHostRepository::merge);
  }

  private static Host insert(Handle handle, NewHost host) {
    long id =
        handle
            .createUpdate("INSERT INTO host (name, provider) VALUES (:name, :provider)")
            .bind("name", host.name())
            .bind("provider", host.provider())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    insertParams(handle, id, host.params());
    return new Host(id, host.name(), host.provider(), host.params());
  }

  private static void insertParams(Handle handle, long hostId, Map<String, String> params) {
    if (params.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO host_param (host_id, param_name, param_value)"
                + " VALUES (:hostId, :name, :value)");
    params.forEach(
        (name, value) ->
            batch.bind("hostId", hostId).bind("name", name).bind("value", value).add());
    batch.execute();
  }

  private static Host merge(Host first, Host second) {
    Map<String, String> params = new HashMap<>(first.params());
    params.putAll(second.params());
    return new Host(first.id(), first.name(), first.provider(), params);
  }
}
