package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    persistence = TestPersistence.open(JdbiPersistence.fileUrl(directory));
    keys = persistence.apiKeys();
    probe = new DatabaseProbe(JdbiPersistence.fileUrl(directory));
    userId = addUser("ci");
  }

  @AfterEach
  void closeDatabase() {
    persistence.close();
  }

  @Test
  void givenKeyWithExpiry_add_storesItFindableByHash() {
    NewApiKey key =
        new NewApiKey("deploy", "jeto_1a", "hash-deploy", Optional.of(EXPIRY), Optional.empty());

    ApiKey added = keys.add(userId, key);

    assertThat(keys.findActiveBySecretHash("hash-deploy")).contains(added);
    assertThat(added.userId()).isEqualTo(userId);
    assertThat(added.name()).isEqualTo("deploy");
    assertThat(added.prefix()).isEqualTo("jeto_1a");
    assertThat(added.expiresAt()).contains(EXPIRY);
    assertThat(added.actions()).isEmpty();
    assertThat(added.lastUsedAt()).isEmpty();
    assertThat(added.revokedAt()).isEmpty();
  }

  @Test
  void givenKeyWithoutExpiry_add_storesItWithoutExpiry() {
    ApiKey added = keys.add(userId, NewApiKey.unrestricted("laptop", "jeto_2b", "hash-laptop"));

    assertThat(keys.findActiveBySecretHash("hash-laptop"))
        .hasValueSatisfying(found -> assertThat(found.expiresAt()).isEmpty())
        .contains(added);
  }

  @Test
  void givenNewKey_add_givesItTheTimeOfCreation() {
    Instant before = Instant.now().minusSeconds(5);

    ApiKey added = keys.add(userId, NewApiKey.unrestricted("laptop", "jeto_2b", "hash-laptop"));

    assertThat(added.createdAt()).isAfter(before).isBefore(Instant.now().plusSeconds(5));
    assertThat(keys.findById(added.id()).map(ApiKey::createdAt)).contains(added.createdAt());
  }

  @Test
  void givenNarrowedKey_add_keepsExactlyItsActions() {
    Set<Action> actions = Set.of(Action.VIEW, Action.RUN_SCRIPT);

    ApiKey added = keys.add(userId, narrowed("ci", "hash-ci", actions));

    assertThat(keys.findById(added.id()).flatMap(ApiKey::actions)).contains(actions);
    assertThat(added.permits(Action.RUN_SCRIPT)).isTrue();
    assertThat(added.permits(Action.DESTROY)).isFalse();
  }

  @Test
  void givenKeyNarrowedToEveryAction_add_keepsItNarrowed() {
    ApiKey added = keys.add(userId, narrowed("all", "hash-all", EnumSet.allOf(Action.class)));

    assertThat(keys.findById(added.id()).flatMap(ApiKey::actions))
        .contains(EnumSet.allOf(Action.class));
  }

  @Test
  void givenKeyNarrowedToNothing_add_neverReadsItBackAsUnrestricted() {
    ApiKey added = keys.add(userId, narrowed("none", "hash-none", Set.of()));

    assertThat(keys.findById(added.id()).flatMap(ApiKey::actions)).contains(Set.of());
    assertThat(keys.findActiveBySecretHash("hash-none").orElseThrow().permits(Action.VIEW))
        .isFalse();
  }

  @Test
  void givenUnrestrictedKey_add_readsItBackWithoutActions() {
    ApiKey added = keys.add(userId, NewApiKey.unrestricted("laptop", "jeto_2b", "hash-laptop"));

    assertThat(keys.findById(added.id()).orElseThrow().actions()).isEmpty();
  }

  @Test
  void givenUnknownHash_findActiveBySecretHash_returnsEmpty() {
    Optional<ApiKey> found = keys.findActiveBySecretHash("hash-nobody");

    assertThat(found).isEmpty();
  }

  @Test
  void givenExpiredKey_findActiveBySecretHash_returnsItForTheCallerToRefuse() {
    Instant past = Instant.parse("2020-01-01T00:00:00Z");
    keys.add(
        userId, new NewApiKey("old", "jeto_3c", "hash-old", Optional.of(past), Optional.empty()));

    Optional<ApiKey> found = keys.findActiveBySecretHash("hash-old");

    assertThat(found).hasValueSatisfying(key -> assertThat(key.isExpiredAt(USED_AT)).isTrue());
  }

  @Test
  void givenRevokedKey_findActiveBySecretHash_returnsEmpty() {
    ApiKey added = keys.add(userId, NewApiKey.unrestricted("leaked", "jeto_4d", "hash-leaked"));
    keys.revoke(added.id(), USED_AT);

    Optional<ApiKey> found = keys.findActiveBySecretHash("hash-leaked");

    assertThat(found).isEmpty();
    assertThat(keys.findActiveBySecretHash("hash-first-ci")).isPresent();
  }

  @Test
  void givenActiveKey_revoke_returnsTrueAndKeepsTheKeyWithItsRevocation() {
    ApiKey added = keys.add(userId, NewApiKey.unrestricted("leaked", "jeto_4d", "hash-leaked"));

    boolean revoked = keys.revoke(added.id(), USED_AT);

    assertThat(revoked).isTrue();
    assertThat(keys.findById(added.id()).flatMap(ApiKey::revokedAt)).contains(USED_AT);
  }

  @Test
  void givenRevokedKey_revoke_returnsFalseAndKeepsFirstRevocationTime() {
    ApiKey added = keys.add(userId, NewApiKey.unrestricted("leaked", "jeto_4d", "hash-leaked"));
    keys.revoke(added.id(), USED_AT);

    boolean revoked = keys.revoke(added.id(), USED_AT.plusSeconds(60));

    assertThat(revoked).isFalse();
    assertThat(probe.keyRevokedAt(added.id())).contains(USED_AT);
  }

  @Test
  void givenUnknownKey_revoke_returnsFalse() {
    boolean revoked = keys.revoke(999, USED_AT);

    assertThat(revoked).isFalse();
    assertThat(probe.count("api_key WHERE revoked_at IS NOT NULL")).isZero();
  }

  @Test
  void givenUsedKey_recordUse_storesTimeOfUse() {
    ApiKey added = keys.add(userId, NewApiKey.unrestricted("ci", "jeto_5e", "hash-ci"));

    keys.recordUse(added.id(), USED_AT);

    assertThat(probe.keyLastUsedAt(added.id())).contains(USED_AT);
    assertThat(keys.findById(added.id()).flatMap(ApiKey::lastUsedAt)).contains(USED_AT);
  }

  @Test
  void givenNeverUsedKey_lastUse_isEmpty() {
    ApiKey added = keys.add(userId, NewApiKey.unrestricted("ci", "jeto_5e", "hash-ci"));

    Optional<Instant> lastUsedAt = probe.keyLastUsedAt(added.id());

    assertThat(lastUsedAt).isEmpty();
  }

  @Test
  void givenUnknownIdentifier_findById_returnsEmpty() {
    Optional<ApiKey> found = keys.findById(999);

    assertThat(found).isEmpty();
  }

  @Test
  void givenKeysOfTwoUsers_findByUser_returnsTheUsersOwnRevokedIncludedByIdentifier() {
    long other = addUser("other");
    ApiKey first = keys.findActiveBySecretHash("hash-first-ci").orElseThrow();
    ApiKey revoked = keys.add(userId, NewApiKey.unrestricted("old", "jeto_6f", "hash-old"));
    keys.add(other, NewApiKey.unrestricted("theirs", "jeto_7a", "hash-theirs"));
    ApiKey last = keys.add(userId, NewApiKey.unrestricted("new", "jeto_8b", "hash-new"));
    keys.revoke(revoked.id(), USED_AT);

    List<ApiKey> found = keys.findByUser(userId);

    assertThat(found).extracting(ApiKey::id).containsExactly(first.id(), revoked.id(), last.id());
    assertThat(found.get(1).revokedAt()).contains(USED_AT);
  }

  @Test
  void givenKeysOfTwoUsers_findAll_returnsEveryKeyByIdentifier() {
    long other = addUser("other");
    ApiKey revoked = keys.add(userId, NewApiKey.unrestricted("old", "jeto_6f", "hash-old"));
    keys.revoke(revoked.id(), USED_AT);

    List<ApiKey> all = keys.findAll();

    assertThat(all).extracting(ApiKey::userId).containsExactly(userId, other, userId);
    assertThat(all).extracting(ApiKey::id).isSorted();
  }

  @Test
  void givenStoredKeys_apiKeyTable_holdsHashesAndPrefixesOnly() {
    keys.add(userId, narrowed("deploy", "hash-deploy", Set.of(Action.VIEW)));

    List<String> columns =
        probe.strings(
            "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'API_KEY'",
            "LOWER(COLUMN_NAME)",
            "ORDINAL_POSITION");

    assertThat(columns)
        .containsExactly(
            "id",
            "user_id",
            "name",
            "prefix",
            "secret_hash",
            "expires_at",
            "created_at",
            "last_used_at",
            "revoked_at",
            "actions");
    assertThat(probe.strings("api_key", "secret_hash", "id"))
        .containsExactly("hash-first-ci", "hash-deploy");
  }

  private long addUser(String name) {
    NewApiKey first = NewApiKey.unrestricted("first", "jeto_00", "hash-first-" + name);
    return persistence
        .users()
        .addWithKey(new NewUser(name, name + "@example.org", Role.USER), first)
        .id();
  }

  private static NewApiKey narrowed(String name, String secretHash, Set<Action> actions) {
    return new NewApiKey(name, "jeto_" + name, secretHash, Optional.empty(), Optional.of(actions));
  }
}
