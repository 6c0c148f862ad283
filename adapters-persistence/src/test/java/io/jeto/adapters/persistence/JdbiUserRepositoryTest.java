package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import io.jeto.domain.access.User;
import io.jeto.domain.port.NameTakenException;
import java.nio.file.Path;
import java.util.Optional;
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
    persistence = JdbiPersistence.open(JdbiPersistence.fileUrl(directory));
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

  private static NewApiKey key(String secretHash) {
    return new NewApiKey("first", "jeto_ab", secretHash, Optional.empty());
  }
}
