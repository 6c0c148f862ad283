package io.jeto.adapters.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.GetInstanceUseCase;
import io.jeto.application.port.in.InstanceDetails;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.ListInstancesUseCase;
import io.jeto.application.port.in.RegisterInstanceCommand;
import io.jeto.application.port.in.RegisterInstanceUseCase;
import java.util.List;
import java.util.stream.Stream;

/** {@code /api/instances}: list, show and register Vagrant environments. */
final class InstancesEndpoint implements HttpService {

  private static final List<String> SOURCES = List.of("path", "git_reference", "archive_url");

  private final ApiContext api;
  private final ListInstancesUseCase listInstances;
  private final GetInstanceUseCase getInstance;
  private final RegisterInstanceUseCase registerInstance;

  InstancesEndpoint(
      ApiContext api,
      ListInstancesUseCase listInstances,
      GetInstanceUseCase getInstance,
      RegisterInstanceUseCase registerInstance) {
    this.api = api;
    this.listInstances = listInstances;
    this.getInstance = getInstance;
    this.registerInstance = registerInstance;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::list).post("/", this::create).get("/{id}", this::get);
  }

  private void list(ServerRequest request, ServerResponse response) {
    List<InstanceDetails> visible = listInstances.listInstances(api.caller(request));
    List<InstanceDetails> page =
        Pages.page(request, response, visible, details -> details.instance().id());
    response.send(page.stream().map(InstanceJson::fromDomainModel).toList());
  }

  private void get(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "instance");
    response.send(InstanceJson.fromDomainModel(getInstance.getInstance(caller, id)));
  }

  private void create(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    RequestBody body = api.body(request);
    requireOneSource(body);

    RegisterInstanceCommand command =
        new RegisterInstanceCommand(
            body.requiredText("name"),
            body.requiredId("host"),
            body.requiredText("environment"),
            body.requiredText("path"),
            body.optionalId("project"));
    InstanceDetails created = registerInstance.registerInstance(caller, command);

    api.created(
        response,
        "/api/instances/" + created.instance().id(),
        InstanceJson.fromDomainModel(created));
  }

  private static void requireOneSource(RequestBody body) {
    List<String> given = SOURCES.stream().filter(body::has).toList();
    if (given.size() > 1) {
      throw new InvalidRequestException(
          given.get(1), "give only one of " + String.join(", ", SOURCES));
    }
    // Creating from git or an archive needs the command runner, which this version lacks.
    Stream.of("git_reference", "archive_url")
        .filter(body::has)
        .findFirst()
        .ifPresent(
            field -> {
              throw new InvalidRequestException(
                  field, "is not supported yet; register an existing environment with path");
            });
  }
}
