package io.jeto.adapters.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;

/** {@code /health}: answers without a key, so that supervisors can tell the service is up. */
final class HealthEndpoint implements HttpService {

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::health);
  }

  private void health(ServerRequest request, ServerResponse response) {
    response.send(Map.of("status", "UP"));
  }
}
