package io.jeto.application.port.in;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.access.Action;
import io.jeto.domain.command.Command;
import io.jeto.domain.host.Host;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.JetoInfos;
import io.jeto.domain.project.Project;
import java.util.Optional;
import java.util.Set;

/**
 * An instance with what a client shows beside it.
 *
 * @param instance the instance and its status
 * @param host its host, with parameter values masked unless the caller is an administrator
 * @param project its project, if any
 * @param jetoInfos what its {@code jeto.json} declares
 * @param busy the command running on it now, if any; its status is then the last known one
 * @param allowedActions what the caller may do to it, so that clients offer only that
 */
public record InstanceDetails(
    Instance instance,
    Host host,
    Optional<Project> project,
    JetoInfos jetoInfos,
    Optional<Command> busy,
    Set<Action> allowedActions) {

  public InstanceDetails {
    requireNonNull(instance, "'instance' must not be null");
    requireNonNull(host, "'host' must not be null");
    requireNonNull(project, "'project' must not be null");
    requireNonNull(jetoInfos, "'jetoInfos' must not be null");
    requireNonNull(busy, "'busy' must not be null");
    allowedActions =
        Set.copyOf(requireNonNull(allowedActions, "'allowedActions' must not be null"));
  }
}
