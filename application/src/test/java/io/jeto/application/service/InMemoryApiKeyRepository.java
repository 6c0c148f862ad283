package io.jeto.application.service;

import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.port.ApiKeyRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test double: keys in memory, remembering every hash it was asked for. */
final class InMemoryApiKeyRepository implements ApiKeyRepository {

  /** When the store says every key was made; no rule under test depends on it. */
  static final Instant CREATED_AT = Instant.parse("2025-03-01T09:00:00Z");

  private record StoredKey(ApiKey key, String secretHash) {

    StoredKey with(Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {
      return new StoredKey(
          new ApiKey(
              key.id(),
              key.userId(),
              key.name(),
              key.prefix(),
              key.expiresAt(),
              key.actions(),
              key.createdAt(),
              lastUsedAt,
              revokedAt),
          secretHash);
    }
  }

  private final InMemoryTable<StoredKey> table = new InMemoryTable<>();
  private final List<String> lookedUpHashes = new ArrayList<>();

  @Override
  public ApiKey add(long userId, NewApiKey key) {
    return table
        .insert(
            id ->
                new StoredKey(
                    new ApiKey(
                        id,
                        userId,
                        key.name(),
                        key.prefix(),
                        key.expiresAt(),
                        key.actions(),
                        CREATED_AT,
                        Optional.empty(),
                        Optional.empty()),
                    key.secretHash()))
        .key();
  }

  @Override
  public Optional<ApiKey> findActiveBySecretHash(String secretHash) {
    lookedUpHashes.add(secretHash);
    return table.where(stored -> stored.secretHash().equals(secretHash)).stream()
        .map(StoredKey::key)
        .filter(key -> key.revokedAt().isEmpty())
        .findFirst();
  }

  @Override
  public void recordUse(long keyId, Instant usedAt) {
    table.replace(keyId, stored -> stored.with(Optional.of(usedAt), stored.key().revokedAt()));
  }

  @Override
  public Optional<ApiKey> findById(long id) {
    return table.find(id).map(StoredKey::key);
  }

  @Override
  public List<ApiKey> findAll() {
    return table.all().stream().map(StoredKey::key).toList();
  }

  @Override
  public List<ApiKey> findByUser(long userId) {
    return findAll().stream().filter(key -> key.userId() == userId).toList();
  }

  @Override
  public boolean revoke(long keyId, Instant at) {
    boolean active = findById(keyId).map(key -> key.revokedAt().isEmpty()).orElse(false);
    if (active) {
      table.replace(keyId, stored -> stored.with(stored.key().lastUsedAt(), Optional.of(at)));
    }
    return active;
  }

  /** What the real store's cascade does when the user goes. */
  void deleteKeysOf(long userId) {
    table.removeIf(stored -> stored.key().userId() == userId);
  }

  /** The hashes stored, which tests compare with the secrets they must not be. */
  List<String> storedHashes() {
    return table.all().stream().map(StoredKey::secretHash).toList();
  }

  List<String> lookedUpHashes() {
    return List.copyOf(lookedUpHashes);
  }
}
