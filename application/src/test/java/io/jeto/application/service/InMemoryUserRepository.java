package io.jeto.application.service;

import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.User;
import io.jeto.domain.port.UserRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Test double: users in memory, whose first key goes to the key store it shares, and whose removal
 * takes their keys, grants and memberships along as the real store does.
 */
final class InMemoryUserRepository implements UserRepository {

  private final InMemoryTable<User> table = new InMemoryTable<>();
  private final InMemoryApiKeyRepository keys;
  private final InMemoryGrantRepository grants;
  private final InMemoryTeamRepository teams;

  InMemoryUserRepository(
      InMemoryApiKeyRepository keys, InMemoryGrantRepository grants, InMemoryTeamRepository teams) {
    this.keys = keys;
    this.grants = grants;
    this.teams = teams;
  }

  @Override
  public User addWithKey(NewUser user, NewApiKey key) {
    table.requireUniqueName("name", user.name(), User::name);
    User stored = table.insert(id -> new User(id, user.name(), user.email(), user.role(), false));
    keys.add(stored.id(), key);
    return stored;
  }

  @Override
  public Optional<User> findById(long id) {
    return table.find(id);
  }

  @Override
  public List<User> findAll() {
    return table.all();
  }

  @Override
  public Optional<User> update(User user) {
    return table.replaceNamed(user.id(), user, "name", User::name);
  }

  @Override
  public boolean delete(long id) {
    keys.deleteKeysOf(id);
    grants.deleteNaming(Grantee.user(id));
    teams.removeMember(id);
    return table.remove(id);
  }

  @Override
  public Optional<User> findFirstAdministrator() {
    return table.all().stream()
        .filter(user -> user.isAdministrator() && !user.disabled())
        .min(Comparator.comparingLong(User::id));
  }

  void disable(long id) {
    table.replace(id, user -> new User(user.id(), user.name(), user.email(), user.role(), true));
  }
}
