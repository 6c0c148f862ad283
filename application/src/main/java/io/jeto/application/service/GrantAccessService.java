package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.FieldRules;
import io.jeto.application.port.in.GrantAccessUseCase;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.port.GrantRepository;
import io.jeto.domain.port.HostRepository;
import io.jeto.domain.port.InstanceRepository;
import io.jeto.domain.port.ProjectRepository;
import io.jeto.domain.port.TeamRepository;
import io.jeto.domain.port.UserRepository;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Records that a user may act on a target, after checking that both exist. */
public final class GrantAccessService implements GrantAccessUseCase {

  private final GrantRepository grants;
  private final UserRepository users;
  private final TeamRepository teams;
  private final InstanceRepository instances;
  private final ProjectRepository projects;
  private final HostRepository hosts;
  private final AccessPolicy policy;
  private final AuditTrail audit;

  GrantAccessService(
      GrantRepository grants,
      UserRepository users,
      TeamRepository teams,
      InstanceRepository instances,
      ProjectRepository projects,
      HostRepository hosts,
      AccessPolicy policy,
      AuditTrail audit) {
    this.grants = grants;
    this.users = users;
    this.teams = teams;
    this.instances = instances;
    this.projects = projects;
    this.hosts = hosts;
    this.policy = policy;
    this.audit = audit;
  }

  @Override
  public Grant grantAccess(Caller caller, Supplier<NewGrant> request) {
    policy.requireAdministrator(caller);
    NewGrant grant = request.get();
    requireGrantee(grant.grantee());
    grant.scripts().forEach(script -> FieldRules.name("scripts", script));
    requireTarget(grant.target());

    Grant stored = grants.add(grant);

    Map<String, Object> details =
        new LinkedHashMap<>(ManageGrantsService.describe(grant.grantee()));
    details.put(grant.target().kind().name().toLowerCase(Locale.ROOT), grant.target().id());
    details.put("actions", grant.actions().stream().sorted().map(Action::wireName).toList());
    audit.record(
        caller,
        "create",
        "grant",
        Optional.of(stored.id()),
        Optional.empty(),
        details,
        AuditTrail.SUCCEEDED);
    return stored;
  }

  private void requireGrantee(Grantee grantee) {
    boolean exists =
        switch (grantee.kind()) {
          case USER -> users.findById(grantee.id()).isPresent();
          case TEAM -> teams.findById(grantee.id()).isPresent();
        };
    if (!exists) {
      String field = grantee.kind().name().toLowerCase(Locale.ROOT);
      throw new InvalidRequestException(field, "no " + field + " " + grantee.id());
    }
  }

  private void requireTarget(GrantTarget target) {
    boolean exists =
        switch (target.kind()) {
          case INSTANCE -> instances.findById(target.id()).isPresent();
          case PROJECT -> projects.findById(target.id()).isPresent();
          case HOST -> hosts.findById(target.id()).isPresent();
        };
    if (!exists) {
      String field = target.kind().name().toLowerCase(Locale.ROOT);
      throw new InvalidRequestException(field, "no " + field + " " + target.id());
    }
  }
}
