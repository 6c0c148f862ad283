package io.jeto.adapters.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /api/me}: who the key belongs to, so that a client can greet and adapt to its role. */
final class MeEndpoint implements HttpService {

  private final ApiContext api;

  MeEndpoint(ApiContext api) {
    this.api = api;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::me);
  }

  private void me(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("id", caller.user().id());
    me.put("name", caller.user().name());
    me.put("email", caller.user().email());
    me.put("role", caller.user().role().wireName());
    me.put("key_name", caller.key().name());
    response.send(me);
  }
}
