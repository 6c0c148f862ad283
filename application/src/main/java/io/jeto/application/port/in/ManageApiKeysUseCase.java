package io.jeto.application.port.in;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.ApiKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Use case: users make and revoke their own keys; administrators anyone's. */
public interface ManageApiKeysUseCase {

  /**
   * A key as a client asks for it.
   *
   * @param name what it is for
   * @param userId whose key, empty for the caller's own
   * @param expiresAt when it stops working, if ever
   * @param actions what it is narrowed to, empty for everything its user may do
   */
  record ApiKeyRequest(
      String name,
      Optional<Long> userId,
      Optional<Instant> expiresAt,
      Optional<Set<Action>> actions) {}

  /**
   * A key just made, with its secret, which is never shown again.
   *
   * @param key the stored key
   * @param secret its secret
   */
  record CreatedApiKey(ApiKey key, String secret) {

    public CreatedApiKey {
      requireNonNull(key, "'key' must not be null");
      requireNonNull(secret, "'secret' must not be null");
    }

    @Override
    public String toString() {
      return "CreatedApiKey[key=" + key + ", secret=********]";
    }
  }

  /** The caller's own keys; every key for administrators. */
  List<ApiKey> listApiKeys(Caller caller);

  CreatedApiKey createApiKey(Caller caller, Supplier<ApiKeyRequest> request);

  /** Revokes at once: the key is refused from the next request on. */
  void revokeApiKey(Caller caller, long keyId);
}
