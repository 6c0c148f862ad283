package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ForbiddenException;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.domain.access.Team;
import io.jeto.domain.host.Host;
import io.jeto.domain.port.GrantRepository;
import io.jeto.domain.port.TeamRepository;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads a caller's permissions and applies the rules that do not depend on one object. */
public final class AccessPolicy {

  static final String MASKED_VALUE = "********";

  private final GrantRepository grants;
  private final TeamRepository teams;

  public AccessPolicy(GrantRepository grants, TeamRepository teams) {
    this.grants = grants;
    this.teams = teams;
  }

  CallerPermissions permissionsOf(Caller caller) {
    if (caller.isAdministrator()) {
      return new CallerPermissions(caller, List.of());
    }
    long userId = caller.user().id();
    Set<Long> teamIds =
        teams.findByMember(userId).stream().map(Team::id).collect(Collectors.toSet());
    return new CallerPermissions(caller, grants.findFor(userId, teamIds));
  }

  void requireAdministrator(Caller caller) {
    if (!caller.administers()) {
      throw new ForbiddenException("only administrators may do this");
    }
  }

  /** Refuses non-administrators as if the object did not exist, for objects they may not see. */
  void requireAdministratorOrHide(Caller caller, String notFoundDetail) {
    if (!caller.administers()) {
      throw new NotFoundException(notFoundDetail);
    }
  }

  /** The host as this caller may read it: parameter values may hold credentials. */
  Host presentHost(Caller caller, Host host) {
    if (caller.administers()) {
      return host;
    }
    Map<String, String> masked =
        host.params().keySet().stream()
            .collect(Collectors.toMap(name -> name, name -> MASKED_VALUE));
    return new Host(host.id(), host.name(), host.provider(), masked);
  }
}
