package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.host.Host;
import io.jeto.domain.instance.Instance;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one caller may do, worked out from its grants; the single place where access is decided.
 *
 * <p>Administrators may do everything. Anyone else may act on an instance when a grant to it or
 * to one of its teams covers that instance or its project, and on a host when a grant covers
 * that host. A key narrowed to some actions allows only those, whatever the grants say.
 */
final class CallerPermissions {

  private final Caller caller;
  private final List<Grant> grants;

  CallerPermissions(Caller caller, List<Grant> grants) {
    this.caller = caller;
    this.grants = List.copyOf(grants);
  }

  /** An administrator with a key for everything; a narrowed key administers nothing. */
  boolean isAdministrator() {
    return caller.administers();
  }

  boolean allows(Action action, Instance instance) {
    return keyPermits(action)
        && (caller.isAdministrator() || grantsOn(action, instance).findAny().isPresent());
  }

  /** Whether a grant that allows {@code runScript} on the instance also allows this script. */
  boolean allowsScript(Instance instance, String script) {
    return keyPermits(Action.RUN_SCRIPT)
        && (caller.isAdministrator()
            || grantsOn(Action.RUN_SCRIPT, instance).anyMatch(grant -> grant.allowsScript(script)));
  }

  boolean allows(Action action, Host host) {
    return keyPermits(action)
        && (caller.isAdministrator()
            || grants.stream()
                .anyMatch(grant -> grant.allows(action, GrantTarget.host(host.id()))));
  }

  boolean allowsProject(Action action, long projectId) {
    return keyPermits(action)
        && (caller.isAdministrator()
            || grants.stream()
                .anyMatch(grant -> grant.allows(action, GrantTarget.project(projectId))));
  }

  private boolean keyPermits(Action action) {
    return caller.key().permits(action);
  }

  private Stream<Grant> grantsOn(Action action, Instance instance) {
    GrantTarget byInstance = GrantTarget.instance(instance.id());
    return grants.stream()
        .filter(
            grant ->
                grant.allows(action, byInstance)
                    || instance
                        .projectId()
                        .map(projectId -> grant.allows(action, GrantTarget.project(projectId)))
                        .orElse(false));
  }
}
