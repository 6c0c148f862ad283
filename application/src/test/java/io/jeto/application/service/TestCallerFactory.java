package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.Role;
import io.jeto.domain.access.User;
import java.util.Optional;
import java.util.Set;

/** Callers for tests, as authentication would hand them to a use case. */
final class TestCallerFactory {

  static final long ADMINISTRATOR_ID = 1;

  private TestCallerFactory() {}

  static Caller administrator() {
    return callerFor(new User(ADMINISTRATOR_ID, "admin", "admin@localhost", Role.ADMIN, false));
  }

  /** A plain user, who may do only what the grants stored for {@code userId} allow. */
  static Caller user(long userId) {
    return callerFor(
        new User(userId, "user" + userId, "user" + userId + "@example.org", Role.USER, false));
  }

  /** The same user, calling with a key narrowed to the actions. */
  static Caller withKeyNarrowedTo(Caller caller, Action... actions) {
    ApiKey key = caller.key();
    return new Caller(
        caller.user(),
        new ApiKey(
            key.id(),
            key.userId(),
            "narrowed",
            key.prefix(),
            key.expiresAt(),
            Optional.of(Set.of(actions)),
            key.createdAt(),
            key.lastUsedAt(),
            key.revokedAt()),
        caller.address());
  }

  private static Caller callerFor(User user) {
    return new Caller(
        user,
        new ApiKey(
            100 + user.id(),
            user.id(),
            "default",
            "jeto_abcdefg",
            Optional.empty(),
            Optional.empty(),
            InMemoryApiKeyRepository.CREATED_AT,
            Optional.empty(),
            Optional.empty()));
  }
}
