package io.jeto.application.service;

import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.port.ApiKeyRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test double: keys in memory, remembering every hash it was asked for and every use. */
final class InMemoryApiKeyRepository implements ApiKeyRepository {

  private record StoredKey(ApiKey key, String secretHash) {}

  private final InMemoryTable<StoredKey> table = new InMemoryTable<>();
  private final List<String> lookedUpHashes = new ArrayList<>();
  private final Map<Long, Instant> lastUses = new HashMap<>();

  @Override
  public ApiKey add(long userId, NewApiKey key) {
    return table
        .insert(
            id ->
                new StoredKey(
                    new ApiKey(id, userId, key.name(), key.prefix(), key.expiresAt()),
                    key.secretHash()))
        .key();
  }

  @Override
  public Optional<ApiKey> findActiveBySecretHash(String secretHash) {
    lookedUpHashes.add(secretHash);
    return table.all().stream()
        .filter(stored -> stored.secretHash().equals(secretHash))
        .map(StoredKey::key)
        .findFirst();
  }

  @Override
  public void recordUse(long keyId, Instant usedAt) {
    lastUses.put(keyId, usedAt);
  }

  List<ApiKey> keysOf(long userId) {
    return table.all().stream().map(StoredKey::key).filter(key -> key.userId() == userId).toList();
  }

  /** The hashes stored, which tests compare with the secrets they must not be. */
  List<String> storedHashes() {
    return table.all().stream().map(StoredKey::secretHash).toList();
  }

  List<String> lookedUpHashes() {
    return List.copyOf(lookedUpHashes);
  }

  Optional<Instant> lastUseOf(long keyId) {
    return Optional.ofNullable(lastUses.get(keyId));
  }
}
