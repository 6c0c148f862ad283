package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.InstanceDetails;
import io.jeto.application.port.in.ListInstancesUseCase;
import io.jeto.domain.access.Action;
import io.jeto.domain.port.InstanceRepository;
import java.util.List;

/** Lists visible instances from the stored status, without calling Vagrant. */
public final class ListInstancesService implements ListInstancesUseCase {

  private final InstanceRepository instances;
  private final InstanceDetailsAssembler assembler;
  private final AccessPolicy policy;

  ListInstancesService(
      InstanceRepository instances, InstanceDetailsAssembler assembler, AccessPolicy policy) {
    this.instances = instances;
    this.assembler = assembler;
    this.policy = policy;
  }

  @Override
  public List<InstanceDetails> listInstances(Caller caller) {
    CallerPermissions permissions = policy.permissionsOf(caller);
    return instances.findAll().stream()
        .filter(instance -> permissions.allows(Action.VIEW, instance))
        .map(
            instance ->
                assembler.assemble(caller, permissions, instance, assembler.hostOf(instance)))
        .toList();
  }
}
