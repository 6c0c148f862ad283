package io.jeto.adapters.rest;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ManageHostsUseCase;
import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import java.util.List;

/** {@code /api/hosts}: the hosts that run environments. */
final class HostsEndpoint implements HttpService {

  private final ApiContext api;
  private final ManageHostsUseCase manageHosts;

  HostsEndpoint(ApiContext api, ManageHostsUseCase manageHosts) {
    this.api = api;
    this.manageHosts = manageHosts;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/", this::list)
        .post("/", this::create)
        .get("/{id}", this::get)
        .put("/{id}", this::update)
        .delete("/{id}", this::delete);
  }

  private void list(ServerRequest request, ServerResponse response) {
    List<Host> hosts = manageHosts.listHosts(api.caller(request));
    List<Host> page = Pages.page(request, response, hosts, Host::id);
    response.send(page.stream().map(HostJson::fromDomainModel).toList());
  }

  private void get(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "host");
    response.send(HostJson.fromDomainModel(manageHosts.getHost(caller, id)));
  }

  private void create(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);

    Host created = manageHosts.createHost(caller, () -> newHost(api.body(request)));

    api.created(response, "/api/hosts/" + created.id(), HostJson.fromDomainModel(created));
  }

  private void update(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "host");

    Host updated = manageHosts.updateHost(caller, id, () -> newHost(api.body(request)));

    response.send(HostJson.fromDomainModel(updated));
  }

  private void delete(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "host");
    manageHosts.deleteHost(caller, id);
    response.status(Status.NO_CONTENT_204).send();
  }

  private static NewHost newHost(RequestBody body) {
    return new NewHost(
        body.requiredText("name"), body.requiredText("provider"), body.stringMap("params"));
  }
}
