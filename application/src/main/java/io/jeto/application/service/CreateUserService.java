package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.CreateUserUseCase;
import io.jeto.application.port.in.CreatedUser;
import io.jeto.application.port.in.FieldRules;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.User;
import io.jeto.domain.port.UserRepository;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Makes a user with a first key, whose secret the administrator passes on. */
public final class CreateUserService implements CreateUserUseCase {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  static final String FIRST_KEY_NAME = "default";

  private final UserRepository users;
  private final ApiKeySecrets secrets;
  private final AccessPolicy policy;
  private final AuditTrail audit;

  CreateUserService(
      UserRepository users, ApiKeySecrets secrets, AccessPolicy policy, AuditTrail audit) {
    this.users = users;
    this.secrets = secrets;
    this.policy = policy;
    this.audit = audit;
  }

  @Override
  public CreatedUser createUser(Caller caller, Supplier<NewUser> request) {
    policy.requireAdministrator(caller);
    NewUser user = request.get();
    validate(user.name(), user.email());

    ApiKeySecrets.GeneratedSecret secret = secrets.generate();
    User stored =
        users.addWithKey(
            user, NewApiKey.unrestricted(FIRST_KEY_NAME, secret.prefix(), secret.hash()));

    audit.record(
        caller,
        "create",
        "user",
        Optional.of(stored.id()),
        Optional.of(stored.name()),
        ManageUsersService.describe(stored),
        AuditTrail.SUCCEEDED);
    return new CreatedUser(stored, secret.secret());
  }

  static void validate(String name, String email) {
    if (!NAME.matcher(name).matches()) {
      throw new InvalidRequestException(
          "name", "must be 1 to 64 letters, digits or . _ @ -, starting with a letter or digit");
    }
    FieldRules.text("email", email, FieldRules.SHORT_TEXT_LENGTH);
    if (!EMAIL.matcher(email).matches()) {
      throw new InvalidRequestException("email", "is not an email address");
    }
  }
}
