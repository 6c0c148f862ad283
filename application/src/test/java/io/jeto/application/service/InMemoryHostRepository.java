package io.jeto.application.service;

import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.port.HostRepository;
import java.util.List;
import java.util.Optional;

/** Test double: hosts in memory, with the unique name of the real store and its cascade. */
final class InMemoryHostRepository implements HostRepository {

  private final InMemoryTable<Host> table = new InMemoryTable<>();
  private final InMemoryGrantRepository grants;

  InMemoryHostRepository(InMemoryGrantRepository grants) {
    this.grants = grants;
  }

  @Override
  public Host add(NewHost host) {
    table.requireUniqueName("name", host.name(), Host::name);
    return table.insert(id -> new Host(id, host.name(), host.provider(), host.params()));
  }

  @Override
  public Optional<Host> findById(long id) {
    return table.find(id);
  }

  @Override
  public List<Host> findAll() {
    return table.all();
  }

  @Override
  public Optional<Host> update(Host host) {
    return table.replaceNamed(host.id(), host, "name", Host::name);
  }

  @Override
  public boolean delete(long id) {
    grants.deleteOn(GrantTarget.host(id));
    return table.remove(id);
  }
}
