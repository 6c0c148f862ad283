package io.jeto.application.service;

import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.NewInstance;
import io.jeto.domain.port.InstanceRepository;
import java.util.List;
import java.util.Optional;

/** Test double: instances in memory, whose delete takes the grants on them along. */
final class InMemoryInstanceRepository implements InstanceRepository {

  private final InMemoryTable<Instance> table = new InMemoryTable<>();
  private final InMemoryGrantRepository grants;

  InMemoryInstanceRepository(InMemoryGrantRepository grants) {
    this.grants = grants;
  }

  @Override
  public Instance add(NewInstance instance, EnvironmentStatus status) {
    return table.insert(id -> instance.toInstance(id, status));
  }

  @Override
  public Optional<Instance> findById(long id) {
    return table.find(id);
  }

  @Override
  public List<Instance> findAll() {
    return table.all();
  }

  @Override
  public void updateStatus(long id, EnvironmentStatus status) {
    table.replace(id, instance -> instance.withStatus(status));
  }

  @Override
  public Optional<Instance> rename(long id, String name, String environment) {
    return table.replace(id, instance -> instance.renamed(name, environment));
  }

  @Override
  public boolean delete(long id) {
    grants.deleteOn(GrantTarget.instance(id));
    return table.remove(id);
  }
}
