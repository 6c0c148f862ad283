package io.jeto.adapters.rest;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.ApiKey;
import java.time.Instant;
import java.util.List;

/** An API key as lists show it; {@code secret} only in the answer that creates it. */
record ApiKeyJson(
    long id,
    long user,
    String name,
    String prefix,
    Instant expiresAt,
    List<String> actions,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt,
    String secret) {

  static ApiKeyJson fromDomainModel(ApiKey key) {
    return withSecret(key, null);
  }

  static ApiKeyJson withSecret(ApiKey key, String secret) {
    return new ApiKeyJson(
        key.id(),
        key.userId(),
        key.name(),
        key.prefix(),
        key.expiresAt().orElse(null),
        key.actions()
            .map(actions -> actions.stream().sorted().map(Action::wireName).toList())
            .orElse(null),
        key.createdAt(),
        key.lastUsedAt().orElse(null),
        key.revokedAt().orElse(null),
        secret);
  }
}
