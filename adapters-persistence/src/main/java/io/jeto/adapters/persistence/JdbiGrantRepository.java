package io.jeto.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.port.GrantRepository;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Stores grants in access_grant, naming a user by user_id or a team by team_id, with one
 * access_grant_action row per action and one access_grant_script row per script allowed.
 */
public final class JdbiGrantRepository implements GrantRepository {

  /** One statement reads grants, actions and scripts together, to see them consistently. */
  private static final String SELECT =
      "SELECT g.id, g.user_id, g.team_id, g.target_kind, g.target_id, a.action, s.script"
          + " FROM access_grant g"
          + " JOIN access_grant_action a ON a.grant_id = g.id"
          + " LEFT JOIN access_grant_script s ON s.grant_id = g.id";

  private final Jdbi jdbi;

  public JdbiGrantRepository(Jdbi jdbi) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
  }

  /**
   * Stores the grant with its actions and scripts, in one transaction.
   *
   * @throws org.jdbi.v3.core.statement.StatementException if its user or team does not exist
   */
  @Override
  public Grant add(NewGrant grant) {
    return jdbi.inTransaction(handle -> insert(handle, grant));
  }

  @Override
  public Optional<Grant> findById(long id) {
    List<Grant> rows =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(SELECT + " WHERE g.id = :id")
                    .bind("id", id)
                    .map(new GrantMapper())
                    .list());
    return JoinedRows.merge(rows, Grant::id, JdbiGrantRepository::merge).stream().findFirst();
  }

  @Override
  public List<Grant> findAll() {
    List<Grant> rows =
        jdbi.withHandle(
            handle -> handle.createQuery(SELECT + " ORDER BY g.id").map(new GrantMapper()).list());
    return JoinedRows.merge(rows, Grant::id, JdbiGrantRepository::merge);
  }

  /** By identifier. */
  @Override
  public List<Grant> findFor(long userId, Set<Long> teamIds) {
    List<Grant> rows = jdbi.withHandle(handle -> queryFor(handle, userId, teamIds).list());
    return JoinedRows.merge(rows, Grant::id, JdbiGrantRepository::merge);
  }

  /** Deletes the grant, which cascades to its actions and scripts. */
  @Override
  public boolean delete(long id) {
    int deleted =
        jdbi.inTransaction(
            handle ->
                handle
                    .createUpdate("DELETE FROM access_grant WHERE id = :id")
                    .bind("id", id)
                    .execute());
    return deleted > 0;
  }

  private static Grant insert(Handle handle, NewGrant grant) {
    Grantee grantee = grant.grantee();
    long id =
        handle
            .createUpdate(
                "INSERT INTO access_grant (user_id, team_id, target_kind, target_id)"
                    + " VALUES (:userId, :teamId, :targetKind, :targetId)")
            .bindByType("userId", idIf(grantee, Grantee.Kind.USER), Long.class)
            .bindByType("teamId", idIf(grantee, Grantee.Kind.TEAM), Long.class)
            .bind("targetKind", grant.target().kind().name())
            .bind("targetId", grant.target().id())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    PreparedBatch actions =
        handle.prepareBatch(
            "INSERT INTO access_grant_action (grant_id, action) VALUES (:grantId, :action)");
    for (Action action : grant.actions()) {
      actions.bind("grantId", id).bind("action", action.wireName()).add();
    }
    actions.execute();
    if (!grant.scripts().isEmpty()) {
      PreparedBatch scripts =
          handle.prepareBatch(
              "INSERT INTO access_grant_script (grant_id, script) VALUES (:grantId, :script)");
      for (String script : grant.scripts()) {
        scripts.bind("grantId", id).bind("script", script).add();
      }
      scripts.execute();
    }
    return new Grant(id, grantee, grant.target(), grant.actions(), grant.scripts());
  }

  private static ResultIterable<Grant> queryFor(Handle handle, long userId, Set<Long> teamIds) {
    if (teamIds.isEmpty()) {
      return handle
          .createQuery(SELECT + " WHERE g.user_id = :userId ORDER BY g.id")
          .bind("userId", userId)
          .map(new GrantMapper());
    }
    return handle
        .createQuery(
            SELECT + " WHERE g.user_id = :userId OR g.team_id IN (<teamIds>) ORDER BY g.id")
        .bind("userId", userId)
        .bindList("teamIds", List.copyOf(teamIds))
        .map(new GrantMapper());
  }

  private static Long idIf(Grantee grantee, Grantee.Kind kind) {
    return grantee.kind() == kind ? grantee.id() : null;
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
    Set<String> scripts = new HashSet<>(first.scripts());
    scripts.addAll(second.scripts());
    return new Grant(first.id(), first.grantee(), first.target(), actions, scripts);
  }
}
