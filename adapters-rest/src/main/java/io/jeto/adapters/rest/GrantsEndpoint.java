package io.jeto.adapters.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.GrantAccessUseCase;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.NewGrant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code /api/grants}: administrators let a user act on an instance, project or host. */
final class GrantsEndpoint implements HttpService {

  private static final List<String> TARGETS = List.of("project", "instance", "host");

  private final ApiContext api;
  private final GrantAccessUseCase grantAccess;

  GrantsEndpoint(ApiContext api, GrantAccessUseCase grantAccess) {
    this.api = api;
    this.grantAccess = grantAccess;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.post("/", this::create);
  }

  private void create(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    RequestBody body = api.body(request);
    if (body.has("team")) {
      throw new InvalidRequestException("team", "grants to teams are not supported yet");
    }

    NewGrant grant = new NewGrant(body.requiredId("user"), target(body), actions(body));
    Grant created = grantAccess.grantAccess(caller, grant);

    api.created(response, "/api/grants/" + created.id(), GrantJson.fromDomainModel(created));
  }

  private static GrantTarget target(RequestBody body) {
    List<String> given = TARGETS.stream().filter(body::has).toList();
    if (given.size() != 1) {
      throw new InvalidRequestException(
          given.isEmpty() ? "project" : given.get(1), "give exactly one of project, instance, host");
    }
    String field = given.get(0);
    long id = body.requiredId(field);
    return switch (field) {
      case "project" -> GrantTarget.project(id);
      case "instance" -> GrantTarget.instance(id);
      default -> GrantTarget.host(id);
    };
  }

  private static Set<Action> actions(RequestBody body) {
    List<String> names = body.stringList("actions");
    if (names.isEmpty()) {
      throw new InvalidRequestException("actions", "must name at least one action");
    }
    Set<Action> actions = EnumSet.noneOf(Action.class);
    for (String name : names) {
      actions.add(
          Action.fromWireName(name)
              .orElseThrow(
                  () -> new InvalidRequestException("actions", "unknown action '" + name + "'")));
    }
    return actions;
  }
}
