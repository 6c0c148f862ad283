package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiGrantRepositoryTest {

  @TempDir Path directory;

  private JdbiPersistence persistence;
  private JdbiGrantRepository grants;
  private long alice;
  private long bob;

  @BeforeEach
  void openDatabase() {
    persistence = JdbiPersistence.open(JdbiPersistence.fileUrl(directory));
    grants = persistence.grants();
    alice = addUser("alice");
    bob = addUser("bob");
  }

  @AfterEach
  void closeDatabase() {
    persistence.close();
  }

  @Test
  void givenEveryAction_add_storesThemAll() {
    NewGrant grant = new NewGrant(alice, GrantTarget.project(3), EnumSet.allOf(Action.class));

    Grant added = grants.add(grant);

    assertThat(grants.findByUser(alice))
        .containsExactly(
            new Grant(added.id(), alice, GrantTarget.project(3), EnumSet.allOf(Action.class)));
  }

  @Test
  void givenGrantsOnEachKind_findByUser_returnsThemByIdentifier() {
    Grant onProject = grants.add(new NewGrant(alice, GrantTarget.project(1), Set.of(Action.VIEW)));
    Grant onInstance =
        grants.add(
            new NewGrant(
                alice, GrantTarget.instance(2), Set.of(Action.START, Action.RUN_SCRIPT)));
    Grant onHost = grants.add(new NewGrant(alice, GrantTarget.host(3), Set.of(Action.CREATE)));

    List<Grant> found = grants.findByUser(alice);

    assertThat(found).containsExactly(onProject, onInstance, onHost);
  }

  @Test
  void givenGrantsOfAnotherUser_findByUser_returnsOnlyTheUsersOwn() {
    Grant own = grants.add(new NewGrant(alice, GrantTarget.host(1), Set.of(Action.VIEW)));
    grants.add(new NewGrant(bob, GrantTarget.host(1), Set.of(Action.DESTROY)));

    List<Grant> found = grants.findByUser(alice);

    assertThat(found).containsExactly(own);
  }

  @Test
  void givenUserWithoutGrants_findByUser_returnsEmptyList() {
    List<Grant> found = grants.findByUser(bob);

    assertThat(found).isEmpty();
  }

  private long addUser(String name) {
    NewUser user = new NewUser(name, name + "@example.org", Role.USER);
    NewApiKey key = new NewApiKey("first", "jeto_" + name, "hash-" + name, Optional.empty());
    return persistence.users().addWithKey(user, key).id();
  }
}
