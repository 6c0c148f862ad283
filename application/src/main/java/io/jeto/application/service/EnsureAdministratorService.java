package io.jeto.application.service;

import io.jeto.application.port.in.EnsureAdministratorUseCase;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import io.jeto.domain.access.User;
import io.jeto.domain.port.ApiKeyRepository;
import io.jeto.domain.port.NameTakenException;
import io.jeto.domain.port.UserRepository;
import java.util.Optional;

/**
 * Creates the first administrator on a first start, so that someone can let others in, and
 * makes a configured {@code JETO_ADMIN_KEY} work on a data directory that already has one.
 */
public final class EnsureAdministratorService implements EnsureAdministratorUseCase {

  static final String ADMINISTRATOR_NAME = "admin";
  static final String BOOTSTRAP_KEY_NAME = "bootstrap";

  private final UserRepository users;
  private final ApiKeyRepository keys;
  private final ApiKeySecrets secrets;

  EnsureAdministratorService(UserRepository users, ApiKeyRepository keys, ApiKeySecrets secrets) {
    this.users = users;
    this.keys = keys;
    this.secrets = secrets;
  }

  @Override
  public Optional<String> ensureAdministrator(Optional<String> configuredKey) {
    Optional<ApiKeySecrets.GeneratedSecret> configured =
        configuredKey.map(String::strip).map(secrets::describe);
    Optional<User> administrator = users.findFirstAdministrator();
    if (administrator.isPresent()) {
      configured
          .filter(secret -> keys.findActiveBySecretHash(secret.hash()).isEmpty())
          .ifPresent(secret -> keys.add(administrator.get().id(), bootstrapKey(secret)));
      return Optional.empty();
    }

    ApiKeySecrets.GeneratedSecret secret = configured.orElseGet(secrets::generate);
    addAdministrator(bootstrapKey(secret));

    return configured.isPresent() ? Optional.empty() : Optional.of(secret.secret());
  }

  // When every administrator was disabled, a new one under a free name lets the operator back
  // in; whoever can restart the service owns its data anyway.
  private void addAdministrator(NewApiKey key) {
    for (int attempt = 1; ; attempt++) {
      String name = attempt == 1 ? ADMINISTRATOR_NAME : ADMINISTRATOR_NAME + "-" + attempt;
      try {
        users.addWithKey(new NewUser(name, name + "@localhost", Role.ADMIN), key);
        return;
      } catch (NameTakenException e) {
        // Taken by a disabled administrator or a user: try the next name.
      }
    }
  }

  private static NewApiKey bootstrapKey(ApiKeySecrets.GeneratedSecret secret) {
    return NewApiKey.unrestricted(BOOTSTRAP_KEY_NAME, secret.prefix(), secret.hash());
  }
}
