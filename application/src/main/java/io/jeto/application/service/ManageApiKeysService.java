package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ConflictException;
import io.jeto.application.port.in.FieldRules;
import io.jeto.application.port.in.ForbiddenException;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.ManageApiKeysUseCase;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.port.ApiKeyRepository;
import io.jeto.domain.port.UserRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes and revokes API keys. A key may be narrowed to some actions but never widened: what it
 * allows is always checked against its user's grants too.
 */
public final class ManageApiKeysService implements ManageApiKeysUseCase {

  private final ApiKeyRepository keys;
  private final UserRepository users;
  private final ApiKeySecrets secrets;
  private final AccessPolicy policy;
  private final AuditTrail audit;
  private final Clock clock;

  ManageApiKeysService(
      ApiKeyRepository keys,
      UserRepository users,
      ApiKeySecrets secrets,
      AccessPolicy policy,
      AuditTrail audit,
      Clock clock) {
    this.keys = keys;
    this.users = users;
    this.secrets = secrets;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public List<ApiKey> listApiKeys(Caller caller) {
    if (policy.permissionsOf(caller).isAdministrator()) {
      return keys.findAll();
    }
    return keys.findByUser(caller.user().id());
  }

  @Override
  public CreatedApiKey createApiKey(Caller caller, Supplier<ApiKeyRequest> request) {
    ApiKeyRequest key = request.get();
    long userId = key.userId().orElse(caller.user().id());
    if (userId != caller.user().id()) {
      policy.requireAdministrator(caller);
    }
    requireNoWidening(caller, key);
    if (users.findById(userId).isEmpty()) {
      throw new InvalidRequestException("user", "no user " + userId);
    }
    validate(key);

    ApiKeySecrets.GeneratedSecret secret = secrets.generate();
    ApiKey stored =
        keys.add(
            userId,
            new NewApiKey(
                key.name(), secret.prefix(), secret.hash(), key.expiresAt(), key.actions()));

    audit.record(
        caller,
        "create",
        "api_key",
        Optional.of(stored.id()),
        Optional.of(stored.name()),
        describe(stored),
        AuditTrail.SUCCEEDED);
    return new CreatedApiKey(stored, secret.secret());
  }

  @Override
  public void revokeApiKey(Caller caller, long keyId) {
    ApiKey key =
        keys.findById(keyId)
            .filter(
                found ->
                    found.userId() == caller.user().id()
                        || policy.permissionsOf(caller).isAdministrator())
            .orElseThrow(() -> new NotFoundException("no API key " + keyId));
    if (caller.key().actions().isPresent()) {
      throw new ForbiddenException("a key narrowed to some actions may not revoke keys");
    }

    if (!keys.revoke(keyId, clock.instant())) {
      throw new ConflictException("the API key was already revoked");
    }

    audit.record(
        caller,
        "revoke",
        "api_key",
        Optional.of(keyId),
        Optional.of(key.name()),
        Map.of("user", key.userId()),
        AuditTrail.SUCCEEDED);
  }

  // A narrowed key may make keys only as narrow as itself: else a CI key limited to one script
  // could mint a key for everything its user may do.
  private static void requireNoWidening(Caller caller, ApiKeyRequest key) {
    caller
        .key()
        .actions()
        .ifPresent(
            own -> {
              boolean narrower = key.actions().map(own::containsAll).orElse(false);
              if (!narrower) {
                throw new ForbiddenException(
                    "a key narrowed to some actions may only make keys narrowed to as few");
              }
            });
  }

  private void validate(ApiKeyRequest key) {
    FieldRules.name("name", key.name());
    if (key.expiresAt().map(expiry -> !expiry.isAfter(clock.instant())).orElse(false)) {
      throw new InvalidRequestException("expires_at", "must be in the future");
    }
    if (key.actions().map(actions -> actions.isEmpty()).orElse(false)) {
      throw new InvalidRequestException("actions", "must name at least one action, or be left out");
    }
  }

  private static Map<String, Object> describe(ApiKey key) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("user", key.userId());
    details.put("prefix", key.prefix());
    key.expiresAt().ifPresent(expiry -> details.put("expires_at", expiry.toString()));
    key.actions()
        .ifPresent(
            actions ->
                details.put("actions", actions.stream().sorted().map(Action::wireName).toList()));
    return details;
  }
}
