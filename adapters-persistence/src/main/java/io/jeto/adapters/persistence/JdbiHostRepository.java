package io.jeto.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.port.HostRepository;
import io.jeto.domain.port.NameTakenException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;

/**
 * Stores hosts in the host table and their parameters in host_param, whose values are
 * encrypted with the {@link ParamCipher} and decrypted only when read.
 */
public final class JdbiHostRepository implements HostRepository {

  private static final String NAME_CONSTRAINT = "uq_host_name";

  /** One statement reads hosts and parameters together, so that it sees them consistently. */
  private static final String SELECT =
      "SELECT h.id, h.name, h.provider, p.param_name, p.param_value"
          + " FROM host h LEFT JOIN host_param p ON p.host_id = h.id";

  private final Jdbi jdbi;
  private final ParamCipher cipher;

  public JdbiHostRepository(Jdbi jdbi, ParamCipher cipher) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
    this.cipher = requireNonNull(cipher, "'cipher' must not be null");
  }

  @Override
  public Host add(NewHost host) {
    try {
      return jdbi.inTransaction(handle -> insert(handle, host));
    } catch (StatementException failure) {
      throw translated(failure, host.name());
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
                    .map(new HostMapper(cipher))
                    .list());
    return JoinedRows.merge(rows, Host::id, JdbiHostRepository::merge).stream().findFirst();
  }

  @Override
  public List<Host> findAll() {
    List<Host> rows =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(SELECT + " ORDER BY h.id, p.param_name")
                    .map(new HostMapper(cipher))
                    .list());
    return JoinedRows.merge(rows, Host::id, JdbiHostRepository::merge);
  }

  @Override
  public Optional<Host> update(Host host) {
    try {
      return jdbi.inTransaction(
          handle -> {
            int updated =
                handle
                    .createUpdate(
                        "UPDATE host SET name = :name, provider = :provider WHERE id = :id")
                    .bind("name", host.name())
                    .bind("provider", host.provider())
                    .bind("id", host.id())
                    .execute();
            if (updated == 0) {
              return Optional.<Host>empty();
            }
            handle
                .createUpdate("DELETE FROM host_param WHERE host_id = :id")
                .bind("id", host.id())
                .execute();
            insertParams(handle, host.id(), host.params());
            return Optional.of(host);
          });
    } catch (StatementException failure) {
      throw translated(failure, host.name());
    }
  }

  /**
   * Deletes the host, which cascades to its parameters, then the grants on it. An instance still
   * on the host makes the foreign key fail the statement, which rolls back the whole transaction.
   *
   * @throws StatementException if an instance is still on the host
   */
  @Override
  public boolean delete(long id) {
    return jdbi.inTransaction(
        handle -> {
          int deleted =
              handle.createUpdate("DELETE FROM host WHERE id = :id").bind("id", id).execute();
          if (deleted == 0) {
            return false;
          }
          JdbiGrantRepository.deleteByTarget(handle, GrantTarget.host(id));
          return true;
        });
  }

  /**
   * Makes sure the cipher's key is the one the stored values were encrypted with, then encrypts,
   * in one transaction, the values that earlier versions stored in clear. Checking first keeps a
   * wrong key from encrypting anything.
   *
   * @return how many values were encrypted
   * @throws IllegalStateException if a stored value cannot be decrypted with the key
   */
  int encryptClearParams() {
    return jdbi.inTransaction(
        handle -> {
          checkKey(handle);
          List<StoredParam> clear =
              handle
                  .createQuery(
                      "SELECT host_id, param_name, param_value FROM host_param"
                          + " WHERE param_value NOT LIKE :prefix ORDER BY host_id, param_name")
                  .bind("prefix", ParamCipher.PREFIX + "%")
                  .map(StoredParam::map)
                  .list();
          if (clear.isEmpty()) {
            return 0;
          }
          PreparedBatch batch =
              handle.prepareBatch(
                  "UPDATE host_param SET param_value = :value"
                      + " WHERE host_id = :hostId AND param_name = :name");
          for (StoredParam param : clear) {
            batch
                .bind("value", cipher.encrypt(param.hostId(), param.name(), param.value()))
                .bind("hostId", param.hostId())
                .bind("name", param.name())
                .add();
          }
          batch.execute();
          return clear.size();
        });
  }

  /** Decrypts the first encrypted value, if any, so that a wrong key fails at once. */
  private void checkKey(Handle handle) {
    handle
        .createQuery(
            "SELECT host_id, param_name, param_value FROM host_param"
                + " WHERE param_value LIKE :prefix ORDER BY host_id, param_name LIMIT 1")
        .bind("prefix", ParamCipher.PREFIX + "%")
        .map(StoredParam::map)
        .findOne()
        .ifPresent(param -> cipher.decrypt(param.hostId(), param.name(), param.value()));
  }

  private Host insert(Handle handle, NewHost host) {
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

  private void insertParams(Handle handle, long hostId, Map<String, String> params) {
    if (params.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO host_param (host_id, param_name, param_value)"
                + " VALUES (:hostId, :name, :value)");
    params.forEach(
        (name, value) ->
            batch
                .bind("hostId", hostId)
                .bind("name", name)
                .bind("value", cipher.encrypt(hostId, name, value))
                .add());
    batch.execute();
  }

  private static RuntimeException translated(StatementException failure, String name) {
    if (UniqueViolation.of(failure, NAME_CONSTRAINT)) {
      return new NameTakenException("name", name);
    }
    return failure;
  }

  private static Host merge(Host first, Host second) {
    Map<String, String> params = new HashMap<>(first.params());
    params.putAll(second.params());
    return new Host(first.id(), first.name(), first.provider(), params);
  }

  /** A host_param row as stored. */
  private record StoredParam(long hostId, String name, String value) {

    static StoredParam map(ResultSet row, StatementContext context) throws SQLException {
      return new StoredParam(
          row.getLong("host_id"), row.getString("param_name"), row.getString("param_value"));
    }
  }
}
