package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiApiKeyRepositoryTest {

  private static final Instant EXPIRY = Instant.parse("2031-01-01T00:00:00.000000123Z");
  private static final Instant USED_AT = Instant.parse("2025-03-04T05:06:07.890123456Z");

  @TempDir Path directory;

  private JdbiPersistence persistence;
  private JdbiApiKeyRepository keys;
  private DatabaseProbe probe;
  private long userId;

  @BeforeEach
  void openDatabase() {
    persistence = JdbiPersistence.open(JdbiPersistence.fileUrl(directory));
    keys = persistence.apiKeys();
    probe = new DatabaseProbe(JdbiPersistence.fileUrl(directory));
    NewApiKey first = new NewApiKey("first", "jeto_00", "hash-first", Optional.empty());
    userId =
        persistence.users().addWithKey(new NewUser("ci", "ci@example.org", Role.USER), first).id();
  }

  @AfterEach
  void closeDatabase() {
    persistence.close();
  }

  @Test
  void givenKeyWithExpiry_add_storesItFindableByHash() {
    NewApiKey key = new NewApiKey("deploy", "jeto_1a", "hash-deploy", Optional.of(EXPIRY));

    ApiKey added = keys.add(userId, key);

    assertThat(keys.findActiveBySecretHash("hash-deploy"))
        .contains(new ApiKey(added.id(), userId, "deploy", "jeto_1a", Optional.of(EXPIRY)));
  }

  @Test
  void givenKeyWithoutExpiry_add_storesItWithoutExpiry() {
    NewApiKey key = new NewApiKey("laptop", "jeto_2b", "hash-laptop", Optional.empty());

    ApiKey added = keys.add(userId, key);

    assertThat(keys.findActiveBySecretHash("hash-laptop"))
        .contains(new ApiKey(added.id(), userId, "laptop", "jeto_2b", Optional.empty()));
  }

  @Test
  void givenUnknownHash_findActiveBySecretHash_returnsEmpty() {
    Optional<ApiKey> found = keys.findActiveBySecretHash("hash-nobody");

    assertThat(found).isEmpty();
  }

  @Test
  void givenExpiredKey_findActiveBySecretHash_returnsItForTheCallerToRefuse() {
    Instant past = Instant.parse("2020-01-01T00:00:00Z");
    keys.add(userId, new NewApiKey("old", "jeto_3c", "hash-old", Optional.of(past)));

    Optional<ApiKey> found = keys.findActiveBySecretHash("hash-old");

    assertThat(found).hasValueSatisfying(key -> assertThat(key.isExpiredAt(USED_AT)).isTrue());
  }

  @Test
  void givenRevokedKey_findActiveBySecretHash_returnsEmpty() {
    ApiKey added =
        keys.add(userId, new NewApiKey("leaked", "jeto_4d", "hash-leaked", Optional.empty()));
    keys.revoke(added.id(), USED_AT);

    Optional<ApiKey> found = keys.findActiveBySecretHash("hash-leaked");

    assertThat(found).isEmpty();
    assertThat(keys.findActiveBySecretHash("hash-first")).isPresent();
  }

  @Test
  void givenRevokedKey_revoke_keepsFirstRevocationTime() {
    ApiKey added =
        keys.add(userId, new NewApiKey("leaked", "jeto_4d", "hash-leaked", Optional.empty()));
    keys.revoke(added.id(), USED_AT);

    keys.revoke(added.id(), USED_AT.plusSeconds(60));

    assertThat(probe.keyRevokedAt(added.id())).contains(USED_AT);
  }

  @Test
  void givenUsedKey_recordUse_storesTimeOfUse() {
    ApiKey added = keys.add(userId, new NewApiKey("ci", "jeto_5e", "hash-ci", Optional.empty()));

    keys.recordUse(added.id(), USED_AT);

    assertThat(probe.keyLastUsedAt(added.id())).contains(USED_AT);
  }

  @Test
  void givenNeverUsedKey_lastUse_isEmpty() {
    ApiKey added = keys.add(userId, new NewApiKey("ci", "jeto_5e", "hash-ci", Optional.empty()));

    Optional<Instant> lastUsedAt = probe.keyLastUsedAt(added.id());

    assertThat(lastUsedAt).isEmpty();
  }
}
