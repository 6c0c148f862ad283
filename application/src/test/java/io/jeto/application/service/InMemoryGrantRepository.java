package io.jeto.application.service;

import io.jeto.domain.access.Grant;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.port.GrantRepository;
import java.util.List;

/** Test double: grants in memory. */
final class InMemoryGrantRepository implements GrantRepository {

  private final InMemoryTable<Grant> table = new InMemoryTable<>();

  @Override
  public Grant add(NewGrant grant) {
    return table.insert(id -> new Grant(id, grant.userId(), grant.target(), grant.actions()));
  }

  @Override
  public List<Grant> findByUser(long userId) {
    return table.all().stream().filter(grant -> grant.userId() == userId).toList();
  }

  List<Grant> all() {
    return table.all();
  }
}
