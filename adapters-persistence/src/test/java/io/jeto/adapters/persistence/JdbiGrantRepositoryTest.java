package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiGrantRepositoryTest {

  @TempDir Path directory;

  private JdbiPersistence persistence;
  private JdbiGrantRepository grants;
  private DatabaseProbe probe;
  private long alice;
  private long bob;

  @BeforeEach
  void openDatabase() {
    persistence = TestPersistence.open(JdbiPersistence.fileUrl(directory));
    grants = persistence.grants();
    probe = new DatabaseProbe(JdbiPersistence.fileUrl(directory));
    alice = addUser("alice");
    bob = addUser("bob");
  }

  @AfterEach
  void closeDatabase() {
    persistence.close();
  }

  @Test
  void givenEveryAction_add_storesThemAll() {
    NewGrant grant =
        new NewGrant(
            Grantee.user(alice), GrantTarget.project(3), EnumSet.allOf(Action.class), Set.of());

    Grant added = grants.add(grant);

    assertThat(grants.findById(added.id()))
        .contains(
            new Grant(
                added.id(),
                Grantee.user(alice),
                GrantTarget.project(3),
                EnumSet.allOf(Action.class),
                Set.of()));
  }

  @Test
  void givenScripts_add_storesThemWithEveryAction() {
    NewGrant grant =
        new NewGrant(
            Grantee.user(alice),
            GrantTarget.instance(2),
            Set.of(Action.VIEW, Action.RUN_SCRIPT),
            Set.of("deploy.sh", "seed.sh", "backup.sh"));

    Grant added = grants.add(grant);

    assertThat(grants.findById(added.id()))
        .hasValueSatisfying(
            found -> {
              assertThat(found.actions()).containsExactlyInAnyOrder(Action.VIEW, Action.RUN_SCRIPT);
              assertThat(found.scripts())
                  .containsExactlyInAnyOrder("deploy.sh", "seed.sh", "backup.sh");
              assertThat(found.allowsScript("seed.sh")).isTrue();
              assertThat(found.allowsScript("drop.sh")).isFalse();
            })
        .contains(added);
  }

  @Test
  void givenTeamGrantee_add_storesItAsTheTeams() {
    long devs = persistence.teams().add("devs", Set.of(alice)).id();

    Grant added = grants.add(grant(Grantee.team(devs), GrantTarget.host(1), Action.VIEW));

    assertThat(grants.findById(added.id()).map(Grant::grantee)).contains(Grantee.team(devs));
  }

  @Test
  void givenUnknownUserOrTeam_add_throwsAndStoresNothing() {
    assertThatThrownBy(() -> grants.add(grant(Grantee.user(999), GrantTarget.host(1), Action.VIEW)))
        .isInstanceOf(JdbiException.class);
    assertThatThrownBy(() -> grants.add(grant(Grantee.team(999), GrantTarget.host(1), Action.VIEW)))
        .isInstanceOf(JdbiException.class);

    assertThat(probe.count("access_grant")).isZero();
    assertThat(probe.count("access_grant_action")).isZero();
  }

  @Test
  void givenUnknownIdentifier_findById_returnsEmpty() {
    grants.add(grant(Grantee.user(alice), GrantTarget.host(1), Action.VIEW));

    Optional<Grant> found = grants.findById(999);

    assertThat(found).isEmpty();
  }

  @Test
  void givenGrantsOfUsersAndTeams_findAll_returnsEveryGrantByIdentifier() {
    long devs = persistence.teams().add("devs", Set.of()).id();
    Grant first = grants.add(grant(Grantee.user(bob), GrantTarget.host(1), Action.VIEW));
    Grant second = grants.add(grant(Grantee.team(devs), GrantTarget.project(1), Action.START));
    Grant third = grants.add(grant(Grantee.user(alice), GrantTarget.instance(1), Action.STOP));

    List<Grant> all = grants.findAll();

    assertThat(all).containsExactly(first, second, third);
  }

  @Test
  void givenGrantsOnEachKind_findFor_returnsThemByIdentifier() {
    Grant onProject = grants.add(grant(Grantee.user(alice), GrantTarget.project(1), Action.VIEW));
    Grant onInstance =
        grants.add(
            new NewGrant(
                Grantee.user(alice),
                GrantTarget.instance(2),
                Set.of(Action.START, Action.RUN_SCRIPT),
                Set.of("seed.sh")));
    Grant onHost = grants.add(grant(Grantee.user(alice), GrantTarget.host(3), Action.CREATE));

    List<Grant> found = grants.findFor(alice, Set.of());

    assertThat(found).containsExactly(onProject, onInstance, onHost);
  }

  @Test
  void givenGrantsOfAnotherUser_findFor_returnsOnlyTheUsersOwn() {
    Grant own = grants.add(grant(Grantee.user(alice), GrantTarget.host(1), Action.VIEW));
    grants.add(grant(Grantee.user(bob), GrantTarget.host(1), Action.DESTROY));

    List<Grant> found = grants.findFor(alice, Set.of());

    assertThat(found).containsExactly(own);
  }

  @Test
  void givenGrantsOfTeams_findFor_addsThoseOfTheGivenTeamsOnly() {
    long devs = persistence.teams().add("devs", Set.of(alice)).id();
    long ops = persistence.teams().add("ops", Set.of(alice)).id();
    long qa = persistence.teams().add("qa", Set.of(bob)).id();
    Grant toDevs = grants.add(grant(Grantee.team(devs), GrantTarget.project(1), Action.VIEW));
    Grant own = grants.add(grant(Grantee.user(alice), GrantTarget.host(1), Action.VIEW));
    grants.add(grant(Grantee.team(qa), GrantTarget.project(1), Action.DESTROY));
    Grant toOps = grants.add(grant(Grantee.team(ops), GrantTarget.instance(4), Action.STOP));
    grants.add(grant(Grantee.user(bob), GrantTarget.host(1), Action.EDIT));

    List<Grant> found = grants.findFor(alice, Set.of(devs, ops));

    assertThat(found).containsExactly(toDevs, own, toOps);
  }

  @Test
  void givenTeamIdentifierOfAUser_findFor_doesNotTakeItForTheUser() {
    long devs = persistence.teams().add("devs", Set.of()).id();
    grants.add(grant(Grantee.team(devs), GrantTarget.project(1), Action.VIEW));

    List<Grant> found = grants.findFor(devs, Set.of());

    assertThat(found).isEmpty();
  }

  @Test
  void givenUserWithoutGrants_findFor_returnsEmptyList() {
    List<Grant> found = grants.findFor(bob, Set.of());

    assertThat(found).isEmpty();
  }

  @Test
  void givenGrantWithScripts_delete_removesItWithItsActionsAndScripts() {
    Grant doomed =
        grants.add(
            new NewGrant(
                Grantee.user(alice),
                GrantTarget.instance(2),
                Set.of(Action.VIEW, Action.RUN_SCRIPT),
                Set.of("seed.sh", "deploy.sh")));
    Grant kept = grants.add(grant(Grantee.user(alice), GrantTarget.host(1), Action.VIEW));

    boolean deleted = grants.delete(doomed.id());

    assertThat(deleted).isTrue();
    assertThat(grants.findAll()).containsExactly(kept);
    assertThat(probe.count("access_grant_action")).isEqualTo(1);
    assertThat(probe.count("access_grant_script")).isZero();
    assertThat(probe.accessOrphans()).isZero();
  }

  @Test
  void givenUnknownIdentifier_delete_returnsFalseAndDeletesNothing() {
    Grant kept = grants.add(grant(Grantee.user(alice), GrantTarget.host(1), Action.VIEW));

    boolean deleted = grants.delete(kept.id() + 1);

    assertThat(deleted).isFalse();
    assertThat(grants.findAll()).containsExactly(kept);
  }

  private static NewGrant grant(Grantee grantee, GrantTarget target, Action action) {
    return new NewGrant(grantee, target, Set.of(action), Set.of());
  }

  private long addUser(String name) {
    NewUser user = new NewUser(name, name + "@example.org", Role.USER);
    NewApiKey key = NewApiKey.unrestricted("first", "jeto_" + name, "hash-" + name);
    return persistence.users().addWithKey(user, key).id();
  }
}
