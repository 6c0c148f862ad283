package io.jeto.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.port.GrantRepository;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Stores grants in access_grant, with one access_grant_action row per action. */
public final class JdbiGrantRepository implements GrantRepository {

  private final Jdbi jdbi;

  public JdbiGrantRepository(Jdbi jdbi) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
  }

  @Override
  public Grant add(NewGrant grant) {
    return jdbi.inTransaction(handle -> insert(handle, grant));
  }

  @Override
  public List<Grant> findByUser(long userId) {
    List<Grant> rows =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT g.id, g.user_id, g.target_kind, g.target_id, a.action"
                            + " FROM access_grant g"
                            + " JOIN access_grant_action a ON a.grant_id = g.id"
                            + " WHERE g.user_id = :userId ORDER BY g.id")
                    .bind("userId", userId)
                    .map(new GrantMapper())
                    .list());
    return JoinedRows.merge(rows, Grant::id, JdbiGrantRepository::merge);
  }

  private static Grant insert(Handle handle, NewGrant grant) {
    long id =
        handle
            .createUpdate(
                "INSERT INTO access_grant (user_id, target_kind, target_id)"
                    + " VALUES (:userId, :targetKind, :targetId)")
            .bind("userId", grant.userId())
            .bind("targetKind", grant.target().kind().name())
            .bind("targetId", grant.target().id())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO access_grant_action (grant_id, action) VALUES (:grantId, :action)");
    for (Action action : grant.actions()) {
      batch.bind("grantId", id).bind("action", action.wireName()).add();
    }
    batch.execute();
    return new Grant(id, grant.userId(), grant.target(), grant.actions());
  }

  /** Deletes, in the caller's transaction, the grants on an object that is being deleted. */
  static void deleteByTarget(Handle handle, GrantTarget target) {
    handle
        .createUpdate(
            "DELETE FROM access_grant WHERE target_kind = :targetKind AND target_id = :targetId")
        .bind("targetKind", target.kind().name())
        .bind("targetId", target.id())
        .execute();
  }

  private static Grant merge(Grant first, Grant second) {
    Set<Action> actions = EnumSet.copyOf(first.actions());
    actions.addAll(second.actions());
    return new Grant(first.id(), first.userId(), first.target(), actions);
  }
}
