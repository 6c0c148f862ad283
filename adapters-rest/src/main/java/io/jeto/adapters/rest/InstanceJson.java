package io.jeto.adapters.rest;

import io.jeto.application.port.in.InstanceDetails;
import io.jeto.domain.access.Action;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.SourceUrls;
import java.util.List;
import java.util.Map;

/**
 * The Instance object of spec/instances.rst, plus the error fields that say why {@code status}
 * or {@code jeto_infos} is empty, {@code busy}: the command running on it, if any, and {@code
 * allowed_actions}: what the caller's key may do to it.
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
    String jetoInfosError,
    CommandJson busy,
    List<String> allowedActions) {

  static InstanceJson fromDomainModel(InstanceDetails details) {
    Instance instance = details.instance();
    return new InstanceJson(
        instance.id(),
        instance.name(),
        instance.path().toString(),
        instance.archiveUrl().map(SourceUrls::withoutPassword).orElse(null),
        instance.gitReference().orElse(null),
        instance.lastStatus().machines().stream().map(MachineStatusJson::fromDomainModel).toList(),
        instance.lastStatus().error().orElse(null),
        instance.environment(),
        HostJson.fromDomainModel(details.host()),
        details.project().map(ProjectJson::fromDomainModel).orElse(null),
        details.jetoInfos().values(),
        details.jetoInfos().error().orElse(null),
        details.busy().map(CommandJson::fromDomainModel).orElse(null),
        details.allowedActions().stream().sorted().map(Action::wireName).toList());
  }
}
