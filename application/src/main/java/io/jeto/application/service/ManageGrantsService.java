package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ManageGrantsUseCase;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.Team;
import io.jeto.domain.port.GrantRepository;
import io.jeto.domain.port.TeamRepository;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads and revokes grants: administrators all of them, users those that name them. */
public final class ManageGrantsService implements ManageGrantsUseCase {

  private final GrantRepository grants;
  private final TeamRepository teams;
  private final AccessPolicy policy;
  private final AuditTrail audit;

  ManageGrantsService(
      GrantRepository grants, TeamRepository teams, AccessPolicy policy, AuditTrail audit) {
    this.grants = grants;
    this.teams = teams;
    this.policy = policy;
    this.audit = audit;
  }

  @Override
  public List<Grant> listGrants(Caller caller) {
    if (policy.permissionsOf(caller).isAdministrator()) {
      return grants.findAll();
    }
    long userId = caller.user().id();
    Set<Long> teamIds =
        teams.findByMember(userId).stream().map(Team::id).collect(Collectors.toSet());
    return grants.findFor(userId, teamIds);
  }

  @Override
  public Grant getGrant(Caller caller, long grantId) {
    return listGrants(caller).stream()
        .filter(grant -> grant.id() == grantId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("no grant " + grantId));
  }

  @Override
  public void revokeGrant(Caller caller, long grantId) {
    getGrant(caller, grantId);
    policy.requireAdministrator(caller);
    Grant grant =
        grants.findById(grantId).orElseThrow(() -> new NotFoundException("no grant " + grantId));

    grants.delete(grantId);

    audit.record(
        caller,
        "delete",
        "grant",
        Optional.of(grantId),
        Optional.empty(),
        describe(grant.grantee()),
        AuditTrail.SUCCEEDED);
  }

  static Map<String, Object> describe(Grantee grantee) {
    return Map.of(grantee.kind().name().toLowerCase(Locale.ROOT), grantee.id());
  }
}
