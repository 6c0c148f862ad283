package io.jeto.domain.port;

import io.jeto.domain.access.Team;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores teams and their members. */
public interface TeamRepository {

  /** @throws NameTakenException if another team has the same name */
  Team add(String name, Set<Long> members);

  Optional<Team> findById(long id);

  /** Every team, by identifier. */
  List<Team> findAll();

  /** The teams the user is a member of. */
  List<Team> findByMember(long userId);

  /**
   * Replaces name and members if the stored version is still {@code expectedVersion}, and
   * gives the team a new version.
   *
   * @return the updated team, empty if it is gone
   * @throws StaleVersionException if someone changed it since
   * @throws NameTakenException if another team has the name
   */
  Optional<Team> update(long id, String name, Set<Long> members, long expectedVersion);

  /** Removes the team, its memberships and the grants naming it, in one transaction. */
  boolean delete(long id);
}
