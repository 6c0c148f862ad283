package io.jeto.adapters.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.CommandRequest;
import io.jeto.domain.command.Command;

/** {@code /api/instances/{id}/commands}: queue, list, show and cancel commands. */
final class CommandsEndpoint implements HttpService {

  private final ApiContext api;
  private final ApiUseCases useCases;
  private final ConsoleEvents consoleEvents;

  CommandsEndpoint(ApiContext api, ApiUseCases useCases) {
    this.api = api;
    this.useCases = useCases;
    this.consoleEvents = new ConsoleEvents(api, useCases.readCommands());
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/{id}/commands", this::list)
        .post("/{id}/commands", this::request)
        .get("/{id}/commands/{cid}", this::get)
        .get("/{id}/commands/{cid}/console", consoleEvents::stream)
        .post("/{id}/commands/{cid}/cancel", this::cancel);
  }

  private void list(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "instance");
    response.send(
        useCases.readCommands().listCommands(caller, id).stream()
            .map(CommandJson::fromDomainModel)
            .toList());
  }

  private void request(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "instance");
    RequestBody body = api.body(request);

    CommandRequest action =
        new CommandRequest(
            body.requiredText("action"), body.optionalText("machine"), body.optionalText("script"));
    Command command = useCases.runCommand().requestCommand(caller, id, action);

    api.accepted(
        response,
        "/api/instances/" + id + "/commands/" + command.id(),
        CommandJson.fromDomainModel(command));
  }

  private void get(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "instance");
    long commandId = PathIds.id(request, "cid", "command");
    response.send(
        CommandJson.withConsole(useCases.readCommands().getCommand(caller, id, commandId)));
  }

  private void cancel(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "instance");
    long commandId = PathIds.id(request, "cid", "command");
    response.send(
        CommandJson.fromDomainModel(useCases.cancelCommand().cancelCommand(caller, id, commandId)));
  }
}
