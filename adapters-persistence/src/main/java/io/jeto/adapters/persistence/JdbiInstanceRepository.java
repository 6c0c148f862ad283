package io.jeto.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.MachineStatus;
import io.jeto.domain.instance.NewInstance;
import io.jeto.domain.port.InstanceRepository;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Stores instances in the instance table, which also holds the error and time of the last
 * status, and the machines of that status in machine_status.
 */
public final class JdbiInstanceRepository implements InstanceRepository {

  /** One statement reads instances and machines together, so that it sees them consistently. */
  private static final String SELECT =
      "SELECT i.id, i.name, i.path, i.archive_url, i.git_reference, i.environment, i.host_id,"
          + " i.project_id, i.workspace_owned, i.status_error, i.status_checked_at,"
          + " m.name AS machine_name, m.ip AS machine_ip, m.status AS machine_status,"
          + " m.state AS machine_state, m.provider AS machine_provider,"
          + " m.checked_at AS machine_checked_at"
          + " FROM instance i LEFT JOIN machine_status m ON m.instance_id = i.id";

  private final Jdbi jdbi;

  public JdbiInstanceRepository(Jdbi jdbi) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
  }

  @Override
  public Instance add(NewInstance instance, EnvironmentStatus status) {
    return jdbi.inTransaction(
        handle -> {
          long id = insert(handle, instance, status);
          insertMachines(handle, id, status.machines());
          return new Instance(
              id,
              instance.name(),
              instance.path(),
              instance.archiveUrl(),
              instance.gitReference(),
              instance.environment(),
              instance.hostId(),
              instance.projectId(),
              instance.workspaceOwned(),
              status);
        });
  }

  @Override
  public Optional<Instance> findById(long id) {
    return jdbi.withHandle(handle -> find(handle, id));
  }

  @Override
  public List<Instance> findAll() {
    List<Instance> rows =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(SELECT + " ORDER BY i.id, m.position")
                    .map(new InstanceMapper())
                    .list());
    return JoinedRows.merge(rows, Instance::id, JdbiInstanceRepository::merge);
  }

  @Override
  public void updateStatus(long id, EnvironmentStatus status) {
    jdbi.useTransaction(
        handle -> {
          int updated =
              handle
                  .createUpdate(
                      "UPDATE instance SET status_error = :error, status_checked_at = :checkedAt"
                          + " WHERE id = :id")
                  .bind("error", status.error().orElse(null))
                  .bindByType(
                      "checkedAt", Columns.utcOrNull(status.checkedAt()), OffsetDateTime.class)
                  .bind("id", id)
                  .execute();
          if (updated > 0) {
            handle
                .createUpdate("DELETE FROM machine_status WHERE instance_id = :id")
                .bind("id", id)
                .execute();
            insertMachines(handle, id, status.machines());
          }
        });
  }

  @Override
  public Optional<Instance> rename(long id, String name, String environment) {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(environment, "'environment' must not be null");
    return jdbi.inTransaction(
        handle -> {
          int updated =
              handle
                  .createUpdate(
                      "UPDATE instance SET name = :name, environment = :environment"
                          + " WHERE id = :id")
                  .bind("name", name)
                  .bind("environment", environment)
                  .bind("id", id)
                  .execute();
          return updated > 0 ? find(handle, id) : Optional.<Instance>empty();
        });
  }

  /**
   * Deletes the instance row, which cascades to its machines, its commands and their consoles,
   * then the grants that target it, which have no foreign key to cascade.
   */
  @Override
  public boolean delete(long id) {
    return jdbi.inTransaction(
        handle -> {
          int deleted =
              handle.createUpdate("DELETE FROM instance WHERE id = :id").bind("id", id).execute();
          if (deleted == 0) {
            return false;
          }
          JdbiGrantRepository.deleteByTarget(handle, GrantTarget.instance(id));
          return true;
        });
  }

  private static Optional<Instance> find(Handle handle, long id) {
    List<Instance> rows =
        handle
            .createQuery(SELECT + " WHERE i.id = :id ORDER BY m.position")
            .bind("id", id)
            .map(new InstanceMapper())
            .list();
    return JoinedRows.merge(rows, Instance::id, JdbiInstanceRepository::merge).stream().findFirst();
  }

  private static long insert(Handle handle, NewInstance instance, EnvironmentStatus status) {
    return handle
        .createUpdate(
            "INSERT INTO instance (name, path, archive_url, git_reference, environment, host_id,"
                + " project_id, workspace_owned, status_error, status_checked_at)"
                + " VALUES (:name, :path, :archiveUrl, :gitReference, :environment, :hostId,"
                + " :projectId, :workspaceOwned, :error, :checkedAt)")
        .bind("name", instance.name())
        .bind("path", instance.path().toString())
        .bind("archiveUrl", instance.archiveUrl().orElse(null))
        .bind("gitReference", instance.gitReference().orElse(null))
        .bind("environment", instance.environment())
        .bind("hostId", instance.hostId())
        .bind("projectId", instance.projectId().orElse(null))
        .bind("workspaceOwned", instance.workspaceOwned())
        .bind("error", status.error().orElse(null))
        .bindByType("checkedAt", Columns.utcOrNull(status.checkedAt()), OffsetDateTime.class)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  private static void insertMachines(Handle handle, long instanceId, List<MachineStatus> machines) {
    if (machines.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO machine_status"
                + " (instance_id, position, name, ip, status, state, provider, checked_at)"
                + " VALUES (:instanceId, :position, :name, :ip, :status, :state, :provider,"
                + " :checkedAt)");
    for (int position = 0; position < machines.size(); position++) {
      MachineStatus machine = machines.get(position);
      batch
          .bind("instanceId", instanceId)
          .bind("position", position)
          .bind("name", machine.name())
          .bind("ip", machine.ip().orElse(null))
          .bind("status", machine.status())
          .bind("state", machine.state())
          .bind("provider", machine.provider())
          .bind("checkedAt", Columns.utc(machine.checkedAt()))
          .add();
    }
    batch.execute();
  }

  private static Instance merge(Instance first, Instance second) {
    List<MachineStatus> machines = new ArrayList<>(first.lastStatus().machines());
    machines.addAll(second.lastStatus().machines());
    EnvironmentStatus status = first.lastStatus();
    return first.withStatus(new EnvironmentStatus(machines, status.error(), status.checkedAt()));
  }
}
