package io.jeto.adapters.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.CreateUserUseCase;
import io.jeto.application.port.in.CreatedUser;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;

/** {@code /api/users}: administrators make users and pass on their first key. */
final class UsersEndpoint implements HttpService {

  private final ApiContext api;
  private final CreateUserUseCase createUser;

  UsersEndpoint(ApiContext api, CreateUserUseCase createUser) {
    this.api = api;
    this.createUser = createUser;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.post("/", this::create);
  }

  private void create(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    RequestBody body = api.body(request);

    String roleName = body.optionalText("role").orElse(Role.USER.wireName());
    Role role =
        Role.fromWireName(roleName)
            .orElseThrow(() -> new InvalidRequestException("role", "must be admin or user"));
    NewUser user = new NewUser(body.requiredText("name"), body.requiredText("email"), role);
    CreatedUser created = createUser.createUser(caller, user);

    // The answer carries a secret: no cache along the way may keep it.
    response.header("Cache-Control", "no-store");
    api.created(response, "/api/users/" + created.user().id(), UserJson.fromCreated(created));
  }
}
