package io.jeto.adapters.rest;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.GrantAccessUseCase;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.ManageGrantsUseCase;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.NewGrant;
import java.util.List;
import java.util.Set;

/** {@code /api/grants}: administrators let a user or team act on an instance, project or host. */
final class GrantsEndpoint implements HttpService {

  private static final List<String> TARGETS = List.of("project", "instance", "host");

  private final ApiContext api;
  private final GrantAccessUseCase grantAccess;
  private final ManageGrantsUseCase manageGrants;

  GrantsEndpoint(ApiContext api, GrantAccessUseCase grantAccess, ManageGrantsUseCase manageGrants) {
    this.api = api;
    this.grantAccess = grantAccess;
    this.manageGrants = manageGrants;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/", this::list)
        .post("/", this::create)
        .get("/{id}", this::get)
        .delete("/{id}", this::delete);
  }

  private void list(ServerRequest request, ServerResponse response) {
    List<Grant> grants = manageGrants.listGrants(api.caller(request));
    response.send(
        Pages.page(request, response, grants, Grant::id).stream()
            .map(GrantJson::fromDomainModel)
            .toList());
  }

  private void get(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "grant");
    response.send(GrantJson.fromDomainModel(manageGrants.getGrant(caller, id)));
  }

  private void delete(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "grant");
    manageGrants.revokeGrant(caller, id);
    response.status(Status.NO_CONTENT_204).send();
  }

  private void create(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);

    Grant created = grantAccess.grantAccess(caller, () -> newGrant(api.body(request)));

    api.created(response, "/api/grants/" + created.id(), GrantJson.fromDomainModel(created));
  }

  private static NewGrant newGrant(RequestBody body) {
    return new NewGrant(
        grantee(body),
        target(body),
        ActionNames.parse("actions", body.stringList("actions")),
        Set.copyOf(body.optionalStringList("scripts").orElse(List.of())));
  }

  private static Grantee grantee(RequestBody body) {
    if (body.has("user") == body.has("team")) {
      throw new InvalidRequestException("user", "give exactly one of user, team");
    }
    return body.has("user")
        ? Grantee.user(body.requiredId("user"))
        : Grantee.team(body.requiredId("team"));
  }

  private static GrantTarget target(RequestBody body) {
    List<String> given = TARGETS.stream().filter(body::has).toList();
    if (given.size() != 1) {
      throw new InvalidRequestException(
          given.isEmpty() ? "project" : given.get(1),
          "give exactly one of project, instance, host");
    }
    String field = given.get(0);
    long id = body.requiredId(field);
    return switch (field) {
      case "project" -> GrantTarget.project(id);
      case "instance" -> GrantTarget.instance(id);
      default -> GrantTarget.host(id);
    };
  }
}
