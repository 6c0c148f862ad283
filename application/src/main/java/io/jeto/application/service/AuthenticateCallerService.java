package io.jeto.application.service;

import io.jeto.application.port.in.AuthenticateCallerUseCase;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.UnauthenticatedException;
import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.User;
import io.jeto.domain.port.ApiKeyRepository;
import io.jeto.domain.port.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Finds the user behind an API key, refusing keys that no longer work. */
public final class AuthenticateCallerService implements AuthenticateCallerUseCase {

  private final ApiKeyRepository keys;
  private final UserRepository users;
  private final ApiKeySecrets secrets;
  private final Clock clock;

  public AuthenticateCallerService(
      ApiKeyRepository keys, UserRepository users, ApiKeySecrets secrets, Clock clock) {
    this.keys = keys;
    this.users = users;
    this.secrets = secrets;
    this.clock = clock;
  }

  @Override
  public Caller authenticate(String presentedKey, Optional<String> address) {
    if (presentedKey == null || presentedKey.isBlank()) {
      throw new UnauthenticatedException("an API key is required");
    }
    Instant now = clock.instant();

    // One message for every refusal, so that a caller cannot tell which keys once existed.
    ApiKey key =
        keys.findActiveBySecretHash(secrets.hash(presentedKey.strip()))
            .filter(found -> !found.isExpiredAt(now))
            .orElseThrow(() -> new UnauthenticatedException("the API key is not valid"));
    User user =
        users
            .findById(key.userId())
            .filter(found -> !found.disabled())
            .orElseThrow(() -> new UnauthenticatedException("the API key is not valid"));

    keys.recordUse(key.id(), now);
    return new Caller(user, key, address);
  }
}
