package io.jeto.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.access.Team;
import io.jeto.domain.port.NameTakenException;
import io.jeto.domain.port.StaleVersionException;
import io.jeto.domain.port.TeamRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementException;

/**
 * Stores teams in the team table and their members in team_member. Every update checks and
 * raises the version in one conditional statement, so that of two updates based on the same
 * version only the first to commit succeeds.
 */
public final class JdbiTeamRepository implements TeamRepository {

  private static final String NAME_CONSTRAINT = "uq_team_name";

  /** The version a team is given when it is stored. */
  static final long FIRST_VERSION = 1;

  /** One statement reads teams and members together, so that it sees them consistently. */
  private static final String SELECT =
      "SELECT t.id, t.name, t.version, m.user_id AS member_id"
          + " FROM team t LEFT JOIN team_member m ON m.team_id = t.id";

  private final Jdbi jdbi;

  public JdbiTeamRepository(Jdbi jdbi) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
  }

  /**
   * Stores the team with its members, in one transaction.
   *
   * @throws StatementException if a member is not a stored user
   */
  @Override
  public Team add(String name, Set<Long> members) {
    requireNonNull(name, "'name' must not be null");
    try {
      return jdbi.inTransaction(
          handle -> {
            long id =
                handle
                    .createUpdate("INSERT INTO team (name, version) VALUES (:name, :version)")
                    .bind("name", name)
                    .bind("version", FIRST_VERSION)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            insertMembers(handle, id, members);
            return new Team(id, name, members, FIRST_VERSION);
          });
    } catch (StatementException failure) {
      throw translated(failure, name);
    }
  }

  @Override
  public Optional<Team> findById(long id) {
    return jdbi.withHandle(handle -> find(handle, id));
  }

  @Override
  public List<Team> findAll() {
    List<Team> rows =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(SELECT + " ORDER BY t.id, m.user_id")
                    .map(new TeamMapper())
                    .list());
    return JoinedRows.merge(rows, Team::id, JdbiTeamRepository::merge);
  }

  /** By identifier. */
  @Override
  public List<Team> findByMember(long userId) {
    List<Team> rows =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        SELECT
                            + " WHERE t.id IN (SELECT team_id FROM team_member"
                            + " WHERE user_id = :userId) ORDER BY t.id, m.user_id")
                    .bind("userId", userId)
                    .map(new TeamMapper())
                    .list());
    return JoinedRows.merge(rows, Team::id, JdbiTeamRepository::merge);
  }

  /**
   * Raises the version only where it is still the expected one, then replaces the members, in
   * one transaction. A concurrent update of the same team waits for the row, then finds the
   * version changed and updates nothing.
   *
   * @throws StatementException if a member is not a stored user
   */
  @Override
  public Optional<Team> update(long id, String name, Set<Long> members, long expectedVersion) {
    requireNonNull(name, "'name' must not be null");
    try {
      return jdbi.inTransaction(
          handle -> {
            int updated =
                handle
                    .createUpdate(
                        "UPDATE team SET name = :name, version = version + 1"
                            + " WHERE id = :id AND version = :expectedVersion")
                    .bind("name", name)
                    .bind("id", id)
                    .bind("expectedVersion", expectedVersion)
                    .execute();
            if (updated == 0) {
              return staleOrGone(handle, id, expectedVersion);
            }
            handle
                .createUpdate("DELETE FROM team_member WHERE team_id = :id")
                .bind("id", id)
                .execute();
            insertMembers(handle, id, members);
            return find(handle, id);
          });
    } catch (StatementException failure) {
      throw translated(failure, name);
    }
  }

  /** Deletes the team in one statement, which cascades to its memberships and its grants. */
  @Override
  public boolean delete(long id) {
    int deleted =
        jdbi.inTransaction(
            handle ->
                handle.createUpdate("DELETE FROM team WHERE id = :id").bind("id", id).execute());
    return deleted > 0;
  }

  private static Optional<Team> staleOrGone(Handle handle, long id, long expectedVersion) {
    long teams =
        handle
            .createQuery("SELECT COUNT(*) FROM team WHERE id = :id")
            .bind("id", id)
            .mapTo(Long.class)
            .one();
    if (teams > 0) {
      throw new StaleVersionException(
          "Team " + id + " has changed since version " + expectedVersion);
    }
    return Optional.empty();
  }

  private static Optional<Team> find(Handle handle, long id) {
    List<Team> rows =
        handle
            .createQuery(SELECT + " WHERE t.id = :id ORDER BY t.id, m.user_id")
            .bind("id", id)
            .map(new TeamMapper())
            .list();
    return JoinedRows.merge(rows, Team::id, JdbiTeamRepository::merge).stream().findFirst();
  }

  private static void insertMembers(Handle handle, long teamId, Set<Long> members) {
    if (members.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch("INSERT INTO team_member (team_id, user_id) VALUES (:teamId, :userId)");
    for (long userId : members) {
      batch.bind("teamId", teamId).bind("userId", userId).add();
    }
    batch.execute();
  }

  private static RuntimeException translated(StatementException failure, String name) {
    if (UniqueViolation.of(failure, NAME_CONSTRAINT)) {
      return new NameTakenException("name", name);
    }
    return failure;
  }

  private static Team merge(Team first, Team second) {
    Set<Long> members = new HashSet<>(first.members());
    members.addAll(second.members());
    return new Team(first.id(), first.name(), members, first.version());
  }
}
