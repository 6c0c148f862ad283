package io.jeto.application.service;

import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.Team;
import io.jeto.domain.port.StaleVersionException;
import io.jeto.domain.port.TeamRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test double: teams in memory, with the versions, unique names and cascade of the store. */
final class InMemoryTeamRepository implements TeamRepository {

  static final long FIRST_VERSION = 1;

  private final InMemoryTable<Team> table = new InMemoryTable<>();
  private final InMemoryGrantRepository grants;

  InMemoryTeamRepository(InMemoryGrantRepository grants) {
    this.grants = grants;
  }

  @Override
  public Team add(String name, Set<Long> members) {
    table.requireUniqueName("name", name, Team::name);
    return table.insert(id -> new Team(id, name, members, FIRST_VERSION));
  }

  @Override
  public Optional<Team> findById(long id) {
    return table.find(id);
  }

  @Override
  public List<Team> findAll() {
    return table.all();
  }

  @Override
  public List<Team> findByMember(long userId) {
    return table.where(team -> team.members().contains(userId));
  }

  @Override
  public Optional<Team> update(long id, String name, Set<Long> members, long expectedVersion) {
    Optional<Team> current = table.find(id);
    if (current.isPresent() && current.get().version() != expectedVersion) {
      throw new StaleVersionException("team " + id + " is at version " + current.get().version());
    }
    return current.flatMap(
        team ->
            table.replaceNamed(
                id, new Team(id, name, members, team.version() + 1), "name", Team::name));
  }

  @Override
  public boolean delete(long id) {
    grants.deleteNaming(Grantee.team(id));
    return table.remove(id);
  }

  /** What the real store's cascade does when a user goes. */
  void removeMember(long userId) {
    table.all().stream()
        .filter(team -> team.members().contains(userId))
        .forEach(
            team -> {
              Set<Long> members = new HashSet<>(team.members());
              members.remove(userId);
              table.replace(
                  team.id(), old -> new Team(old.id(), old.name(), members, old.version() + 1));
            });
  }
}
