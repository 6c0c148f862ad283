package io.jeto.adapters.rest;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.ManageTeamsUseCase;
import io.jeto.application.port.in.ManageTeamsUseCase.TeamRequest;
import io.jeto.domain.access.Team;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/teams}: teams and their members. Every answer carries the team's version as an
 * {@code ETag}; a write with {@code If-Match} on an older version answers 412.
 */
final class TeamsEndpoint implements HttpService {

  private final ApiContext api;
  private final ManageTeamsUseCase manageTeams;

  TeamsEndpoint(ApiContext api, ManageTeamsUseCase manageTeams) {
    this.api = api;
    this.manageTeams = manageTeams;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/", this::list)
        .post("/", this::create)
        .get("/{id}", this::get)
        .put("/{id}", this::update)
        .patch("/{id}", this::update)
        .delete("/{id}", this::delete);
  }

  private void list(ServerRequest request, ServerResponse response) {
    List<Team> teams = manageTeams.listTeams(api.caller(request));
    response.send(
        Pages.page(request, response, teams, Team::id).stream()
            .map(TeamJson::fromDomainModel)
            .toList());
  }

  private void get(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "team");
    Team team = manageTeams.getTeam(caller, id);
    response.header(HeaderNames.ETAG, TeamJson.etag(team));
    response.send(TeamJson.fromDomainModel(team));
  }

  private void create(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);

    Team created = manageTeams.createTeam(caller, () -> teamRequest(api.body(request)));

    response.header(HeaderNames.ETAG, TeamJson.etag(created));
    api.created(response, "/api/teams/" + created.id(), TeamJson.fromDomainModel(created));
  }

  private void update(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "team");

    Team updated =
        manageTeams.updateTeam(
            caller, id, expectedVersion(request), () -> teamRequest(api.body(request)));

    response.header(HeaderNames.ETAG, TeamJson.etag(updated));
    response.send(TeamJson.fromDomainModel(updated));
  }

  private void delete(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "team");
    manageTeams.deleteTeam(caller, id);
    response.status(Status.NO_CONTENT_204).send();
  }

  private static TeamRequest teamRequest(RequestBody body) {
    return new TeamRequest(
        body.optionalText("name"), body.optionalIdList("members").map(Set::copyOf));
  }

  private static Optional<Long> expectedVersion(ServerRequest request) {
    return request
        .headers()
        .first(HeaderNames.IF_MATCH)
        .map(
            value -> {
              String version = value.strip().replaceFirst("^W/", "").replace("\"", "");
              try {
                return Long.parseLong(version);
              } catch (NumberFormatException e) {
                throw new InvalidRequestException("If-Match", "must be an ETag of this team");
              }
            });
  }
}
