package io.jeto.adapters.rest;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ManageApiKeysUseCase;
import io.jeto.application.port.in.ManageApiKeysUseCase.ApiKeyRequest;
import io.jeto.application.port.in.ManageApiKeysUseCase.CreatedApiKey;
import io.jeto.domain.access.ApiKey;
import java.util.List;

/** {@code /api/api-keys}: a user's own keys; administrators see and make anyone's. */
final class ApiKeysEndpoint implements HttpService {

  private final ApiContext api;
  private final ManageApiKeysUseCase manageApiKeys;

  ApiKeysEndpoint(ApiContext api, ManageApiKeysUseCase manageApiKeys) {
    this.api = api;
    this.manageApiKeys = manageApiKeys;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::list).post("/", this::create).delete("/{id}", this::revoke);
  }

  private void list(ServerRequest request, ServerResponse response) {
    List<ApiKey> keys = manageApiKeys.listApiKeys(api.caller(request));
    response.send(
        Pages.page(request, response, keys, ApiKey::id).stream()
            .map(ApiKeyJson::fromDomainModel)
            .toList());
  }

  private void create(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);

    CreatedApiKey created = manageApiKeys.createApiKey(caller, () -> keyRequest(api.body(request)));

    // The answer carries a secret: no cache along the way may keep it.
    response.header("Cache-Control", "no-store");
    api.created(
        response,
        "/api/api-keys/" + created.key().id(),
        ApiKeyJson.withSecret(created.key(), created.secret()));
  }

  private void revoke(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "API key");
    manageApiKeys.revokeApiKey(caller, id);
    response.status(Status.NO_CONTENT_204).send();
  }

  private static ApiKeyRequest keyRequest(RequestBody body) {
    return new ApiKeyRequest(
        body.requiredText("name"),
        body.optionalId("user"),
        body.optionalInstant("expires_at"),
        body.optionalStringList("actions").map(names -> ActionNames.parse("actions", names)));
  }
}
