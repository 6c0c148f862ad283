package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.GetInstanceUseCase;
import io.jeto.application.port.in.InstanceDetails;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.domain.access.Action;
import io.jeto.domain.host.Host;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.port.InstanceRepository;
import io.jeto.domain.port.VagrantEnvironmentReader;

/**
 * Shows one instance after asking Vagrant for its machines, and keeps what Vagrant said; while
 * a command runs on it, shows the last known status instead.
 */
public final class GetInstanceService implements GetInstanceUseCase {

  private final InstanceRepository instances;
  private final VagrantEnvironmentReader environments;
  private final InstanceDetailsAssembler assembler;
  private final AccessPolicy policy;

  GetInstanceService(
      InstanceRepository instances,
      VagrantEnvironmentReader environments,
      InstanceDetailsAssembler assembler,
      AccessPolicy policy) {
    this.instances = instances;
    this.environments = environments;
    this.assembler = assembler;
    this.policy = policy;
  }

  @Override
  public InstanceDetails getInstance(Caller caller, long instanceId) {
    Instance instance =
        instances
            .findById(instanceId)
            .filter(found -> policy.permissionsOf(caller).allows(Action.VIEW, found))
            .orElseThrow(() -> new NotFoundException("no instance " + instanceId));
    Host host = assembler.hostOf(instance);
    if (assembler.busyCommand(instance.id()).isPresent()) {
      // Reading never waits behind a running command: the last known status it is.
      return assembler.assemble(caller, instance, host);
    }

    EnvironmentStatus status = environments.status(VagrantCalls.forInstance(instance, host));
    instances.updateStatus(instance.id(), status);

    return assembler.assemble(caller, instance.withStatus(status), host);
  }
}
