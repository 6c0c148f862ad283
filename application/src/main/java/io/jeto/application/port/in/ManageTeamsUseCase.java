package io.jeto.application.port.in;

import io.jeto.domain.access.Team;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Use case: administrators manage teams; members see their own teams. */
public interface ManageTeamsUseCase {

  /**
   * A team as a client describes it.
   *
   * @param name the new name, empty to keep it
   * @param members the new members, empty to keep them
   */
  record TeamRequest(Optional<String> name, Optional<Set<Long>> members) {}

  List<Team> listTeams(Caller caller);

  Team getTeam(Caller caller, long teamId);

  /** @throws InvalidRequestException if a member does not exist */
  Team createTeam(Caller caller, Supplier<TeamRequest> request);

  /**
   * @param expectedVersion the version the client last read (its If-Match)
   * @throws PreconditionRequiredException if it is missing
   * @throws PreconditionFailedException if the team changed since that version
   */
  Team updateTeam(
      Caller caller, long teamId, Optional<Long> expectedVersion, Supplier<TeamRequest> request);

  void deleteTeam(Caller caller, long teamId);
}
