package io.jeto.adapters.rest;

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
    rules.get("/", this::list).post("/", this::create).get("/{id}", this::get);
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
    RequestBody body = api.body(request);

    NewHost host =
        new NewHost(
            body.requiredText("name"), body.requiredText("provider"), body.stringMap("params"));
    Host created = manageHosts.createHost(caller, host);

    api.created(response, "/api/hosts/" + created.id(), HostJson.fromDomainModel(created));
  }
}
