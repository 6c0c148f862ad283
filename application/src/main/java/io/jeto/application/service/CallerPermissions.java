package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.host.Host;
import io.jeto.domain.instance.Instance;
import java.util.List;

/**
 * What one caller may do, worked out from its grants; the single place where access is decided.
 *
 * <p>Administrators may do everything. Anyone else may act on an instance when a grant covers
 * that instance or its project, and on a host when a grant covers that host.
 */
final class CallerPermissions {

  private final Caller caller;
  private final List<Grant> grants;

  CallerPermissions(Caller caller, List<Grant> grants) {
    this.caller = caller;
    this.grants = List.copyOf(grants);
  }

  boolean isAdministrator() {
    return caller.isAdministrator();
  }

  boolean allows(Action action, Instance instance) {
    if (isAdministrator()) {
      return true;
    }
    GrantTarget byInstance = GrantTarget.instance(instance.id());
    return grants.stream()
        .anyMatch(
            grant ->
                grant.allows(action, byInstance)
                    || instance
                        .projectId()
                        .map(projectId -> grant.allows(action, GrantTarget.project(projectId)))
                        .orElse(false));
  }

  boolean allows(Action action, Host host) {
    return isAdministrator()
        || grants.stream().anyMatch(grant -> grant.allows(action, GrantTarget.host(host.id())));
  }

  boolean allowsProject(Action action, long projectId) {
    return isAdministrator()
        || grants.stream().anyMatch(grant -> grant.allows(action, GrantTarget.project(projectId)));
  }
}
