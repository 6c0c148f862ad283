package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.FieldRules;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.ManageTeamsUseCase;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.application.port.in.PreconditionFailedException;
import io.jeto.application.port.in.PreconditionRequiredException;
import io.jeto.domain.access.Team;
import io.jeto.domain.port.StaleVersionException;
import io.jeto.domain.port.TeamRepository;
import io.jeto.domain.port.UserRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Manages teams; an update names the version it was based on, so no edit is lost. */
public final class ManageTeamsService implements ManageTeamsUseCase {

  private final TeamRepository teams;
  private final UserRepository users;
  private final AccessPolicy policy;
  private final AuditTrail audit;

  ManageTeamsService(
      TeamRepository teams, UserRepository users, AccessPolicy policy, AuditTrail audit) {
    this.teams = teams;
    this.users = users;
    this.policy = policy;
    this.audit = audit;
  }

  @Override
  public List<Team> listTeams(Caller caller) {
    if (policy.permissionsOf(caller).isAdministrator()) {
      return teams.findAll();
    }
    return teams.findByMember(caller.user().id());
  }

  @Override
  public Team getTeam(Caller caller, long teamId) {
    return teams
        .findById(teamId)
        .filter(
            team ->
                policy.permissionsOf(caller).isAdministrator()
                    || team.members().contains(caller.user().id()))
        .orElseThrow(() -> new NotFoundException("no team " + teamId));
  }

  @Override
  public Team createTeam(Caller caller, Supplier<TeamRequest> request) {
    policy.requireAdministrator(caller);
    TeamRequest team = request.get();
    String name = team.name().orElseThrow(() -> new InvalidRequestException("name", "is required"));
    Set<Long> members = validated(name, team.members().orElse(Set.of()));

    Team created = teams.add(name, members);

    record(caller, "create", created);
    return created;
  }

  @Override
  public Team updateTeam(
      Caller caller, long teamId, Optional<Long> ifMatch, Supplier<TeamRequest> request) {
    Team current = getTeam(caller, teamId);
    policy.requireAdministrator(caller);
    // Required, so that no edit is made on a copy nobody has read: a blind write could undo one.
    long expectedVersion =
        ifMatch.orElseThrow(
            () ->
                new PreconditionRequiredException(
                    "send If-Match with the ETag of the team as last read"));
    TeamRequest team = request.get();
    String name = team.name().orElse(current.name());
    Set<Long> members = validated(name, team.members().orElse(current.members()));

    Team updated;
    try {
      updated =
          teams
              .update(teamId, name, members, expectedVersion)
              .orElseThrow(() -> new NotFoundException("no team " + teamId));
    } catch (StaleVersionException e) {
      throw new PreconditionFailedException(
          "the team changed since version " + expectedVersion + "; read it again");
    }

    record(caller, "update", updated);
    return updated;
  }

  @Override
  public void deleteTeam(Caller caller, long teamId) {
    Team team = getTeam(caller, teamId);
    policy.requireAdministrator(caller);

    teams.delete(teamId);

    record(caller, "delete", team);
  }

  private Set<Long> validated(String name, Set<Long> members) {
    FieldRules.name("name", name);
    members.stream()
        .filter(member -> users.findById(member).isEmpty())
        .findFirst()
        .ifPresent(
            member -> {
              throw new InvalidRequestException("members", "no user " + member);
            });
    return members;
  }

  private void record(Caller caller, String action, Team team) {
    audit.record(
        caller,
        action,
        "team",
        Optional.of(team.id()),
        Optional.of(team.name()),
        Map.of("name", team.name(), "members", team.members().stream().sorted().toList()),
        AuditTrail.SUCCEEDED);
  }
}
