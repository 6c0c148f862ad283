package io.jeto.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandState;
import io.jeto.domain.command.NewCommand;
import io.jeto.domain.port.CommandRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores commands in the command table. Identifiers follow the order of requests, so they order
 * the lists rather than the clock, which may step back.
 */
public final class JdbiCommandRepository implements CommandRepository {

  /** Lists order by their index's leading column too, so that H2 reads them in index order. */
  private static final String SELECT =
      "SELECT id, instance_id, action, machine, script, state, exit_code, created_at,"
          + " started_at, finished_at, requested_by FROM command";

  private final Jdbi jdbi;

  public JdbiCommandRepository(Jdbi jdbi) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
  }

  @Override
  public Command add(NewCommand command) {
    long id =
        jdbi.inTransaction(
            handle ->
                handle
                    .createUpdate(
                        "INSERT INTO command (instance_id, action, machine, script, state,"
                            + " created_at, requested_by) VALUES (:instanceId, :action, :machine,"
                            + " :script, :state, :createdAt, :requestedBy)")
                    .bind("instanceId", command.instanceId())
                    .bind("action", command.action().wireName())
                    .bind("machine", command.machine().orElse(null))
                    .bind("script", command.script().orElse(null))
                    .bind("state", CommandState.QUEUED.wireName())
                    .bind("createdAt", Columns.utc(command.createdAt()))
                    .bind("requestedBy", command.requestedBy())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
    return new Command(
        id,
        command.instanceId(),
        command.action(),
        command.machine(),
        command.script(),
        CommandState.QUEUED,
        Optional.empty(),
        command.createdAt(),
        Optional.empty(),
        Optional.empty(),
        command.requestedBy());
  }

  @Override
  public Optional<Command> findById(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE id = :id")
                .bind("id", id)
                .map(new CommandMapper())
                .findOne());
  }

  @Override
  public List<Command> findByInstance(long instanceId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    SELECT
                        + " WHERE instance_id = :instanceId"
                        + " ORDER BY instance_id DESC, id DESC")
                .bind("instanceId", instanceId)
                .map(new CommandMapper())
                .list());
  }

  @Override
  public List<Command> findByState(CommandState state) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE state = :state ORDER BY state, id")
                .bind("state", state.wireName())
                .map(new CommandMapper())
                .list());
  }

  /** One conditional update, so that a cancel committed first always wins. */
  @Override
  public boolean markRunning(long id, Instant startedAt) {
    int updated =
        jdbi.inTransaction(
            handle ->
                handle
                    .createUpdate(
                        "UPDATE command SET state = :running, started_at = :startedAt"
                            + " WHERE id = :id AND state = :queued")
                    .bind("running", CommandState.RUNNING.wireName())
                    .bind("startedAt", Columns.utc(startedAt))
                    .bind("id", id)
                    .bind("queued", CommandState.QUEUED.wireName())
                    .execute());
    return updated > 0;
  }

  /**
   * Records the end in one conditional update, so that the first of two ends is kept.
   *
   * @throws IllegalArgumentException if the state is not one that ends a command
   */
  @Override
  public void finish(long id, CommandState state, Optional<Integer> exitCode, Instant finishedAt) {
    if (!state.isFinished()) {
      throw new IllegalArgumentException("'" + state.wireName() + "' does not end a command");
    }
    jdbi.useTransaction(
        handle ->
            handle
                .createUpdate(
                    "UPDATE command SET state = :state, exit_code = :exitCode,"
                        + " finished_at = :finishedAt"
                        + " WHERE id = :id AND state IN (:queued, :running)")
                .bind("state", state.wireName())
                .bindByType("exitCode", exitCode.orElse(null), Integer.class)
                .bind("finishedAt", Columns.utc(finishedAt))
                .bind("id", id)
                .bind("queued", CommandState.QUEUED.wireName())
                .bind("running", CommandState.RUNNING.wireName())
                .execute());
  }
}
