package io.jeto.application.service;

import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.port.GrantRepository;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test double: grants in memory, which the other fakes remove with what they name. */
final class InMemoryGrantRepository implements GrantRepository {

  private final InMemoryTable<Grant> table = new InMemoryTable<>();

  @Override
  public Grant add(NewGrant grant) {
    return table.insert(
        id -> new Grant(id, grant.grantee(), grant.target(), grant.actions(), grant.scripts()));
  }

  @Override
  public Optional<Grant> findById(long id) {
    return table.find(id);
  }

  @Override
  public List<Grant> findAll() {
    return table.all();
  }

  @Override
  public List<Grant> findFor(long userId, Set<Long> teamIds) {
    return table.where(
        grant ->
            grant.grantee().equals(Grantee.user(userId))
                || (grant.grantee().kind() == Grantee.Kind.TEAM
                    && teamIds.contains(grant.grantee().id())));
  }

  @Override
  public boolean delete(long id) {
    return table.remove(id);
  }

  /** What the real store's cascades do when the grantee goes. */
  void deleteNaming(Grantee grantee) {
    table.removeIf(grant -> grant.grantee().equals(grantee));
  }

  /** What the real store's cascades do when the target goes. */
  void deleteOn(GrantTarget target) {
    table.removeIf(grant -> grant.target().equals(target));
  }
}
