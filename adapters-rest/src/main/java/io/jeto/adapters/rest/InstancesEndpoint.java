package io.jeto.adapters.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.CommandRequest;
import io.jeto.application.port.in.CreateInstanceCommand;
import io.jeto.application.port.in.InstanceDetails;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.RegisterInstanceCommand;
import io.jeto.domain.command.Command;
import java.time.Duration;
import java.util.List;

/** {@code /api/instances}: list, show, create, edit and delete Vagrant environments. */
final class InstancesEndpoint implements HttpService {

  private static final List<String> SOURCES = List.of("path", "git_reference", "archive_url");

  /** How long the historical {@code async: false} form waits before answering anyway. */
  static final Duration SYNCHRONOUS_WAIT = Duration.ofMinutes(35);

  private final ApiContext api;
  private final ApiUseCases useCases;

  InstancesEndpoint(ApiContext api, ApiUseCases useCases) {
    this.api = api;
    this.useCases = useCases;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/", this::list)
        .post("/", this::create)
        .get("/{id}", this::get)
        .post("/{id}", this::historicalAction)
        .patch("/{id}", this::edit)
        .delete("/{id}", this::delete);
  }

  private void list(ServerRequest request, ServerResponse response) {
    List<InstanceDetails> visible = useCases.listInstances().listInstances(api.caller(request));
    List<InstanceDetails> page =
        Pages.page(request, response, visible, details -> details.instance().id());
    response.send(page.stream().map(InstanceJson::fromDomainModel).toList());
  }

  private void get(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "instance");
    InstanceDetails details = useCases.getInstance().getInstance(caller, id);
    response.send(InstanceJson.fromDomainModel(details));
  }

  private void create(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    RequestBody body = api.body(request);
    String source = oneSource(body);

    InstanceDetails created =
        source.equals("path") ? register(caller, body) : createFromSource(caller, body);

    api.created(
        response,
        "/api/instances/" + created.instance().id(),
        InstanceJson.fromDomainModel(created));
  }

  private InstanceDetails register(Caller caller, RequestBody body) {
    RegisterInstanceCommand command =
        new RegisterInstanceCommand(
            body.requiredText("name"),
            body.requiredId("host"),
            body.requiredText("environment"),
            body.requiredText("path"),
            body.optionalId("project"));
    return useCases.registerInstance().registerInstance(caller, command);
  }

  private InstanceDetails createFromSource(Caller caller, RequestBody body) {
    CreateInstanceCommand command =
        new CreateInstanceCommand(
            body.requiredText("name"),
            body.requiredId("host"),
            body.requiredText("environment"),
            body.optionalId("project"),
            body.optionalText("git_reference"),
            body.optionalText("archive_url"));
    return useCases.createInstance().createInstance(caller, command);
  }

  /** {@code {"state": "start", "machine": ..., "script": ..., "async": true}} from Jeto's past. */
  private void historicalAction(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "instance");
    RequestBody body = api.body(request);
    boolean async = body.optionalBoolean("async").orElse(true);

    CommandRequest action =
        new CommandRequest(
            body.requiredText("state"), body.optionalText("machine"), body.optionalText("script"));
    Command command = useCases.runCommand().requestCommand(caller, id, action);

    String location = "/api/instances/" + id + "/commands/" + command.id();
    if (async) {
      api.accepted(response, location, CommandJson.fromDomainModel(command));
      return;
    }
    useCases.runCommand().awaitEnd(command.id(), SYNCHRONOUS_WAIT);
    response.header("Location", location);
    response.send(
        CommandJson.withConsole(useCases.readCommands().getCommand(caller, id, command.id())));
  }

  private void edit(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "instance");
    RequestBody body = api.body(request);

    InstanceDetails edited =
        useCases
            .manageInstance()
            .editInstance(caller, id, body.optionalText("name"), body.optionalText("environment"));

    response.send(InstanceJson.fromDomainModel(edited));
  }

  private void delete(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "instance");

    Command command = useCases.manageInstance().deleteInstance(caller, id);

    api.accepted(
        response,
        "/api/instances/" + id + "/commands/" + command.id(),
        CommandJson.fromDomainModel(command));
  }

  private static String oneSource(RequestBody body) {
    List<String> given = SOURCES.stream().filter(body::has).toList();
    if (given.size() > 1) {
      throw new InvalidRequestException(
          given.get(1), "give only one of " + String.join(", ", SOURCES));
    }
    if (given.isEmpty()) {
      throw new InvalidRequestException("path", "give one of " + String.join(", ", SOURCES));
    }
    return given.get(0);
  }
}
