package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ForbiddenException;
import io.jeto.domain.host.Host;
import io.jeto.domain.port.GrantRepository;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Loads a caller's permissions and applies the rules that do not depend on one object. */
public final class AccessPolicy {

  static final String MASKED_VALUE = "********";

  private final GrantRepository grants;

  public AccessPolicy(GrantRepository grants) {
    this.grants = grants;
  }

  CallerPermissions permissionsOf(Caller caller) {
    if (caller.isAdministrator()) {
      return new CallerPermissions(caller, List.of());
    }
    return new CallerPermissions(caller, grants.findByUser(caller.user().id()));
  }

  void requireAdministrator(Caller caller) {
    if (!caller.isAdministrator()) {
      throw new ForbiddenException("only administrators may do this");
    }
  }

  /** The host as this caller may read it: parameter values may hold credentials. */
  Host presentHost(Caller caller, Host host) {
    if (caller.isAdministrator()) {
      return host;
    }
    Map<String, String> masked =
        host.params().keySet().stream()
            .collect(Collectors.toMap(name -> name, name -> MASKED_VALUE));
    return new Host(host.id(), host.name(), host.provider(), masked);
  }
}
