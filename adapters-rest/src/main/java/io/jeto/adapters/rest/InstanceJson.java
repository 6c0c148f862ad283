package io.jeto.adapters.rest;

import io.jeto.application.port.in.InstanceDetails;
import io.jeto.domain.instance.Instance;
import java.util.List;
import java.util.Map;

/**
 * The Instance object of spec/instances.rst, plus the error fields that say why {@code status}
 * or {@code jeto_infos} is empty.
 */
record InstanceJson(
    long id,
    String name,
    String path,
    String archiveUrl,
    String gitReference,
    List<MachineStatusJson> status,
    String statusError,
    String environment,
    HostJson host,
    ProjectJson project,
    Map<String, Object> jetoInfos,
    String jetoInfosError) {

  static InstanceJson fromDomainModel(InstanceDetails details) {
    Instance instance = details.instance();
    return new InstanceJson(
        instance.id(),
        instance.name(),
        instance.path().toString(),
        instance.archiveUrl().orElse(null),
        instance.gitReference().orElse(null),
        instance.lastStatus().machines().stream().map(MachineStatusJson::fromDomainModel).toList(),
        instance.lastStatus().error().orElse(null),
        instance.environment(),
        HostJson.fromDomainModel(details.host()),
        details.project().map(ProjectJson::fromDomainModel).orElse(null),
        details.jetoInfos().values(),
        details.jetoInfos().error().orElse(null));
  }
}
