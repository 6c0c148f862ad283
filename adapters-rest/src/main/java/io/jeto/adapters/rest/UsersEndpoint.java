package io.jeto.adapters.rest;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.CreateUserUseCase;
import io.jeto.application.port.in.CreatedUser;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.ManageUsersUseCase;
import io.jeto.application.port.in.ManageUsersUseCase.UserChanges;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import io.jeto.domain.access.User;
import java.util.List;

/** {@code /api/users}: administrators make, change and remove users. */
final class UsersEndpoint implements HttpService {

  private final ApiContext api;
  private final CreateUserUseCase createUser;
  private final ManageUsersUseCase manageUsers;

  UsersEndpoint(ApiContext api, CreateUserUseCase createUser, ManageUsersUseCase manageUsers) {
    this.api = api;
    this.createUser = createUser;
    this.manageUsers = manageUsers;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/", this::list)
        .post("/", this::create)
        .get("/{id}", this::get)
        .patch("/{id}", this::update)
        .put("/{id}", this::update)
        .delete("/{id}", this::delete);
  }

  private void list(ServerRequest request, ServerResponse response) {
    List<User> users = manageUsers.listUsers(api.caller(request));
    response.send(
        Pages.page(request, response, users, User::id).stream()
            .map(UserJson::fromDomainModel)
            .toList());
  }

  private void get(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "user");
    response.send(UserJson.fromDomainModel(manageUsers.getUser(caller, id)));
  }

  private void update(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "user");

    User updated = manageUsers.updateUser(caller, id, () -> changes(api.body(request)));

    response.send(UserJson.fromDomainModel(updated));
  }

  private void delete(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "user");
    manageUsers.deleteUser(caller, id);
    response.status(Status.NO_CONTENT_204).send();
  }

  private static UserChanges changes(RequestBody body) {
    return new UserChanges(
        body.optionalText("name"),
        body.optionalText("email"),
        body.optionalText("role").map(UsersEndpoint::role),
        body.optionalBoolean("disabled"));
  }

  private static Role role(String name) {
    return Role.fromWireName(name)
        .orElseThrow(() -> new InvalidRequestException("role", "must be admin or user"));
  }

  private static NewUser newUser(RequestBody body) {
    Role role = role(body.optionalText("role").orElse(Role.USER.wireName()));
    return new NewUser(body.requiredText("name"), body.requiredText("email"), role);
  }

  private void create(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);

    CreatedUser created = createUser.createUser(caller, () -> newUser(api.body(request)));

    // The answer carries a secret: no cache along the way may keep it.
    response.header("Cache-Control", "no-store");
    api.created(response, "/api/users/" + created.user().id(), UserJson.fromCreated(created));
  }
}
