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
import io.jeto.domain.access.Team;
import io.jeto.domain.port.NameTakenException;
import io.jeto.domain.port.StaleVersionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiTeamRepositoryTest {

  @TempDir Path directory;

  private JdbiPersistence persistence;
  private JdbiTeamRepository teams;
  private DatabaseProbe probe;
  private long alice;
  private long bob;
  private long carol;

  @BeforeEach
  void openDatabase() {
    persistence = TestPersistence.open(JdbiPersistence.fileUrl(directory));
    teams = persistence.teams();
    probe = new DatabaseProbe(JdbiPersistence.fileUrl(directory));
    alice = addUser("alice");
    bob = addUser("bob");
    carol = addUser("carol");
  }

  @AfterEach
  void closeDatabase() {
    persistence.close();
  }

  @Test
  void givenMembers_add_storesTeamWithThemAtFirstVersion() {
    Team added = teams.add("devs", Set.of(alice, bob));

    assertThat(teams.findById(added.id()))
        .contains(new Team(added.id(), "devs", Set.of(alice, bob), 1))
        .contains(added);
  }

  @Test
  void givenNoMember_add_storesEmptyTeam() {
    Team added = teams.add("nobody", Set.of());

    assertThat(teams.findById(added.id()).map(Team::members)).contains(Set.of());
  }

  @Test
  void givenTakenName_add_throwsNameTakenAndStoresNothing() {
    Team existing = teams.add("devs", Set.of(alice));

    assertThatThrownBy(() -> teams.add("devs", Set.of(bob, carol)))
        .hasMessageContaining("devs")
        .isInstanceOfSatisfying(
            NameTakenException.class, failure -> assertThat(failure.field()).isEqualTo("name"));

    assertThat(teams.findAll()).containsExactly(existing);
    assertThat(probe.count("team_member")).isEqualTo(1);
  }

  @Test
  void givenUnknownMember_add_throwsAndStoresNoTeam() {
    assertThatThrownBy(() -> teams.add("devs", Set.of(alice, 999L)))
        .isInstanceOf(JdbiException.class);

    assertThat(probe.count("team")).isZero();
    assertThat(probe.count("team_member")).isZero();
  }

  @Test
  void givenUnknownIdentifier_findById_returnsEmpty() {
    Optional<Team> found = teams.findById(999);

    assertThat(found).isEmpty();
  }

  @Test
  void givenSeveralTeams_findAll_returnsEachWithItsMembersByIdentifier() {
    Team devs = teams.add("devs", Set.of(alice, bob));
    Team empty = teams.add("empty", Set.of());
    Team ops = teams.add("ops", Set.of(carol));

    List<Team> all = teams.findAll();

    assertThat(all).containsExactly(devs, empty, ops);
  }

  @Test
  void givenTeamsOfSeveralUsers_findByMember_returnsTheUsersTeamsWithAllTheirMembers() {
    Team devs = teams.add("devs", Set.of(alice, bob));
    teams.add("ops", Set.of(carol));
    Team leads = teams.add("leads", Set.of(bob, carol));

    List<Team> found = teams.findByMember(bob);

    assertThat(found).containsExactly(devs, leads);
  }

  @Test
  void givenUserInNoTeam_findByMember_returnsEmptyList() {
    teams.add("devs", Set.of(alice));

    List<Team> found = teams.findByMember(carol);

    assertThat(found).isEmpty();
  }

  @Test
  void givenCurrentVersion_update_replacesNameAndMembersAndRaisesVersion() {
    Team devs = teams.add("devs", Set.of(alice, bob));

    Optional<Team> updated = teams.update(devs.id(), "developers", Set.of(bob, carol), 1);

    Team expected = new Team(devs.id(), "developers", Set.of(bob, carol), 2);
    assertThat(updated).contains(expected);
    assertThat(teams.findById(devs.id())).contains(expected);
    assertThat(probe.count("team_member")).isEqualTo(2);
  }

  @Test
  void givenSuccessiveUpdates_update_raisesVersionEachTime() {
    Team devs = teams.add("devs", Set.of(alice));
    teams.update(devs.id(), "devs", Set.of(alice), 1);

    Optional<Team> updated = teams.update(devs.id(), "devs", Set.of(), 2);

    assertThat(updated.map(Team::version)).contains(3L);
  }

  @Test
  void givenStaleVersion_update_throwsStaleAndChangesNothing() {
    Team devs = teams.add("devs", Set.of(alice));
    Team current = teams.update(devs.id(), "devs", Set.of(alice, bob), 1).orElseThrow();

    assertThatThrownBy(() -> teams.update(devs.id(), "renamed", Set.of(carol), 1))
        .isInstanceOf(StaleVersionException.class)
        .hasMessageContaining("version 1");

    assertThat(teams.findById(devs.id())).contains(current);
    assertThat(probe.count("team_member")).isEqualTo(2);
  }

  @Test
  void givenVersionAheadOfTheStoredOne_update_throwsStale() {
    Team devs = teams.add("devs", Set.of(alice));

    assertThatThrownBy(() -> teams.update(devs.id(), "devs", Set.of(), 5))
        .isInstanceOf(StaleVersionException.class);

    assertThat(teams.findById(devs.id())).contains(devs);
  }

  @Test
  void givenUnknownTeam_update_returnsEmpty() {
    Optional<Team> updated = teams.update(999, "ghosts", Set.of(alice), 1);

    assertThat(updated).isEmpty();
    assertThat(probe.count("team_member")).isZero();
  }

  @Test
  void givenNameOfAnotherTeam_update_throwsNameTakenAndChangesNothing() {
    Team devs = teams.add("devs", Set.of(alice));
    Team ops = teams.add("ops", Set.of(bob));

    assertThatThrownBy(() -> teams.update(ops.id(), "devs", Set.of(carol), 1))
        .isInstanceOf(NameTakenException.class);

    assertThat(teams.findAll()).containsExactly(devs, ops);
  }

  @Test
  void givenUnknownMember_update_throwsAndChangesNothing() {
    Team devs = teams.add("devs", Set.of(alice));

    assertThatThrownBy(() -> teams.update(devs.id(), "devs", Set.of(bob, 999L), 1))
        .isInstanceOf(JdbiException.class);

    assertThat(teams.findById(devs.id())).contains(devs);
  }

  @Test
  void givenConcurrentUpdatesOfOneVersion_update_letsExactlyOneWin() throws Exception {
    Team devs = teams.add("devs", Set.of(alice));
    int editors = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<String>> updates = new ArrayList<>();
    for (int editor = 0; editor < editors; editor++) {
      String name = "devs-" + editor;
      updates.add(
          () -> {
            start.await();
            try {
              teams.update(devs.id(), name, Set.of(bob), 1);
              return "won";
            } catch (StaleVersionException stale) {
              return "stale";
            }
          });
    }
    List<String> outcomes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(editors)) {
      List<Future<String>> futures = updates.stream().map(pool::submit).toList();
      start.countDown();
      for (Future<String> future : futures) {
        outcomes.add(future.get());
      }
    }

    assertThat(outcomes).containsOnlyOnce("won").containsOnly("won", "stale");
    assertThat(teams.findById(devs.id()))
        .hasValueSatisfying(
            team -> {
              assertThat(team.version()).isEqualTo(2);
              assertThat(team.members()).containsExactly(bob);
            });
  }

  @Test
  void givenTeamWithMembersAndGrants_delete_removesThemAndLeavesNoOrphan() {
    Team doomed = teams.add("devs", Set.of(alice, bob));
    Team kept = teams.add("ops", Set.of(bob));
    Grant teamGrant = grant(Grantee.team(doomed.id()), Set.of("seed.sh"));
    Grant keptGrant = grant(Grantee.team(kept.id()), Set.of());
    Grant userGrant = grant(Grantee.user(alice), Set.of());

    boolean deleted = teams.delete(doomed.id());

    assertThat(deleted).isTrue();
    assertThat(teams.findAll()).containsExactly(kept);
    assertThat(persistence.grants().findById(teamGrant.id())).isEmpty();
    assertThat(persistence.grants().findAll()).containsExactly(keptGrant, userGrant);
    assertThat(persistence.users().findAll()).hasSize(3);
    assertThat(probe.count("team_member")).isEqualTo(1);
    assertThat(probe.count("access_grant_script")).isZero();
    assertThat(probe.accessOrphans()).isZero();
  }

  @Test
  void givenUnknownTeam_delete_returnsFalseAndDeletesNothing() {
    Team kept = teams.add("devs", Set.of(alice));

    boolean deleted = teams.delete(kept.id() + 1);

    assertThat(deleted).isFalse();
    assertThat(teams.findAll()).containsExactly(kept);
  }

  private Grant grant(Grantee grantee, Set<String> scripts) {
    return persistence
        .grants()
        .add(
            new NewGrant(
                grantee, GrantTarget.project(1), Set.of(Action.VIEW, Action.RUN_SCRIPT), scripts));
  }

  private long addUser(String name) {
    NewUser user = new NewUser(name, name + "@example.org", Role.USER);
    NewApiKey key = NewApiKey.unrestricted("first", "jeto_" + name, "hash-" + name);
    return persistence.users().addWithKey(user, key).id();
  }
}
