package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import io.jeto.domain.access.Team;
import io.jeto.domain.access.User;
import io.jeto.domain.audit.AuditEntry;
import io.jeto.domain.port.NameTakenException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiUserRepositoryTest {

  @TempDir Path directory;

  private JdbiPersistence persistence;
  private JdbiUserRepository users;
  private DatabaseProbe probe;

  @BeforeEach
  void openDatabase() {
    persistence = TestPersistence.open(JdbiPersistence.fileUrl(directory));
    users = persistence.users();
    probe = new DatabaseProbe(JdbiPersistence.fileUrl(directory));
  }

  @AfterEach
  void closeDatabase() {
    persistence.close();
  }

  @Test
  void givenNewUser_addWithKey_storesUserAndKey() {
    NewUser user = new NewUser("alice", "alice@example.org", Role.USER);

    User added = users.addWithKey(user, key("hash-a"));

    assertThat(users.findById(added.id()))
        .contains(new User(added.id(), "alice", "alice@example.org", Role.USER, false));
    assertThat(persistence.apiKeys().findActiveBySecretHash("hash-a"))
        .hasValueSatisfying(stored -> assertThat(stored.userId()).isEqualTo(added.id()));
  }

  @Test
  void givenAdministrator_addWithKey_keepsRole() {
    NewUser user = new NewUser("root", "root@example.org", Role.ADMIN);

    User added = users.addWithKey(user, key("hash-root"));

    assertThat(users.findById(added.id()).map(User::role)).contains(Role.ADMIN);
  }

  @Test
  void givenTakenName_addWithKey_throwsNameTakenAndStoresNoKey() {
    users.addWithKey(new NewUser("alice", "alice@example.org", Role.USER), key("hash-a"));
    NewUser clash = new NewUser("alice", "other@example.org", Role.ADMIN);

    assertThatThrownBy(() -> users.addWithKey(clash, key("hash-b")))
        .hasMessageContaining("alice")
        .isInstanceOfSatisfying(
            NameTakenException.class, failure -> assertThat(failure.field()).isEqualTo("name"));

    assertThat(probe.count("app_user")).isEqualTo(1);
    assertThat(probe.count("api_key")).isEqualTo(1);
    assertThat(persistence.apiKeys().findActiveBySecretHash("hash-b")).isEmpty();
  }

  @Test
  void givenKeyFailingAfterUserInsert_addWithKey_leavesNoUser() {
    users.addWithKey(new NewUser("alice", "alice@example.org", Role.USER), key("same-hash"));
    NewUser bob = new NewUser("bob", "bob@example.org", Role.ADMIN);

    assertThatThrownBy(() -> users.addWithKey(bob, key("same-hash")))
        .isInstanceOf(JdbiException.class)
        .isNotInstanceOf(NameTakenException.class);

    assertThat(probe.count("app_user")).isEqualTo(1);
    assertThat(probe.count("api_key")).isEqualTo(1);
    assertThat(users.findFirstAdministrator()).isEmpty();
  }

  @Test
  void givenUnknownIdentifier_findById_returnsEmpty() {
    Optional<User> found = users.findById(7);

    assertThat(found).isEmpty();
  }

  @Test
  void givenNoUser_findFirstAdministrator_returnsEmpty() {
    Optional<User> answer = users.findFirstAdministrator();

    assertThat(answer).isEmpty();
  }

  @Test
  void givenOnlyPlainUsers_findFirstAdministrator_returnsEmpty() {
    users.addWithKey(new NewUser("alice", "alice@example.org", Role.USER), key("hash-a"));

    Optional<User> answer = users.findFirstAdministrator();

    assertThat(answer).isEmpty();
  }

  @Test
  void givenTwoAdministrators_findFirstAdministrator_returnsTheOldest() {
    users.addWithKey(new NewUser("alice", "alice@example.org", Role.USER), key("hash-a"));
    User root =
        users.addWithKey(new NewUser("root", "root@example.org", Role.ADMIN), key("hash-root"));
    users.addWithKey(new NewUser("second", "second@example.org", Role.ADMIN), key("hash-2"));

    Optional<User> answer = users.findFirstAdministrator();

    assertThat(answer).contains(root);
  }

  @Test
  void givenSeveralUsers_findAll_returnsThemByIdentifier() {
    User alice = users.addWithKey(new NewUser("alice", "a@example.org", Role.USER), key("h-a"));
    User root = users.addWithKey(new NewUser("root", "r@example.org", Role.ADMIN), key("h-r"));

    List<User> all = users.findAll();

    assertThat(all).containsExactly(alice, root);
  }

  @Test
  void givenChangedFields_update_storesThemAll() {
    User alice = users.addWithKey(new NewUser("alice", "a@example.org", Role.USER), key("h-a"));
    User changed = new User(alice.id(), "alicia", "alicia@example.org", Role.ADMIN, true);

    Optional<User> updated = users.update(changed);

    assertThat(updated).contains(changed);
    assertThat(users.findById(alice.id())).contains(changed);
  }

  @Test
  void givenNameOfAnotherUser_update_throwsNameTakenAndChangesNothing() {
    User alice = users.addWithKey(new NewUser("alice", "a@example.org", Role.USER), key("h-a"));
    User bob = users.addWithKey(new NewUser("bob", "b@example.org", Role.USER), key("h-b"));
    User clash = new User(bob.id(), "alice", "bob@example.org", Role.ADMIN, true);

    assertThatThrownBy(() -> users.update(clash))
        .isInstanceOfSatisfying(
            NameTakenException.class, failure -> assertThat(failure.field()).isEqualTo("name"));

    assertThat(users.findAll()).containsExactly(alice, bob);
  }

  @Test
  void givenOwnName_update_keepsIt() {
    User alice = users.addWithKey(new NewUser("alice", "a@example.org", Role.USER), key("h-a"));
    User disabled = new User(alice.id(), "alice", "a@example.org", Role.USER, true);

    Optional<User> updated = users.update(disabled);

    assertThat(updated).contains(disabled);
  }

  @Test
  void givenUnknownUser_update_returnsEmpty() {
    Optional<User> updated =
        users.update(new User(42, "ghost", "ghost@example.org", Role.USER, false));

    assertThat(updated).isEmpty();
    assertThat(probe.count("app_user")).isZero();
  }

  @Test
  void givenUserWithKeysGrantsAndTeams_delete_removesThemAndLeavesNoOrphan() {
    User doomed = users.addWithKey(new NewUser("alice", "a@example.org", Role.USER), key("h-a"));
    User kept = users.addWithKey(new NewUser("bob", "b@example.org", Role.USER), key("h-b"));
    persistence.apiKeys().add(doomed.id(), NewApiKey.unrestricted("ci", "jeto_ci", "h-ci"));
    Team team = persistence.teams().add("devs", Set.of(doomed.id(), kept.id()));
    Grant own = grant(Grantee.user(doomed.id()), Set.of("seed.sh"));
    Grant bobs = grant(Grantee.user(kept.id()), Set.of());
    Grant teams = grant(Grantee.team(team.id()), Set.of("seed.sh"));

    boolean deleted = users.delete(doomed.id());

    assertThat(deleted).isTrue();
    assertThat(users.findAll()).containsExactly(kept);
    assertThat(persistence.apiKeys().findAll())
        .extracting(ApiKey::userId)
        .containsExactly(kept.id());
    assertThat(persistence.grants().findById(own.id())).isEmpty();
    assertThat(persistence.grants().findAll()).containsExactly(bobs, teams);
    assertThat(persistence.teams().findById(team.id()).map(Team::members))
        .contains(Set.of(kept.id()));
    assertThat(probe.count("access_grant_script")).isEqualTo(1);
    assertThat(probe.accessOrphans()).isZero();
  }

  @Test
  void givenAuditEntriesByTheUser_delete_keepsThem() {
    User doomed = users.addWithKey(new NewUser("alice", "a@example.org", Role.USER), key("h-a"));
    AuditEntry entry =
        persistence.auditLog().append(AuditFixtures.entry(doomed.id(), "create", "host", 1));

    users.delete(doomed.id());

    assertThat(persistence.auditLog().find(AuditFixtures.latest(10))).containsExactly(entry);
  }

  @Test
  void givenUnknownUser_delete_returnsFalseAndDeletesNothing() {
    User kept = users.addWithKey(new NewUser("alice", "a@example.org", Role.USER), key("h-a"));

    boolean deleted = users.delete(kept.id() + 1);

    assertThat(deleted).isFalse();
    assertThat(users.findAll()).containsExactly(kept);
    assertThat(probe.count("api_key")).isEqualTo(1);
  }

  private Grant grant(Grantee grantee, Set<String> scripts) {
    return persistence
        .grants()
        .add(
            new NewGrant(
                grantee, GrantTarget.project(1), Set.of(Action.VIEW, Action.RUN_SCRIPT), scripts));
  }

  private static NewApiKey key(String secretHash) {
    return NewApiKey.unrestricted("first", "jeto_ab", secretHash);
  }
}
