package io.jeto.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ForbiddenException;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.ManageTeamsUseCase.TeamRequest;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.application.port.in.PreconditionFailedException;
import io.jeto.domain.access.Role;
import io.jeto.domain.access.Team;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManageTeamsServiceTest {

  private final InMemoryPorts ports = new InMemoryPorts();
  private final ManageTeamsService service =
      new ManageTeamsService(ports.teams(), ports.users(), ports.policy(), ports.audit());
  private Caller admin;
  private Caller alice;
  private Caller bob;

  @BeforeEach
  void storeUsers() {
    admin = ports.storeCaller("root", Role.ADMIN);
    alice = ports.storeCaller("alice", Role.USER);
    bob = ports.storeCaller("bob", Role.USER);
  }

  @Test
  void givenUser_createUpdateAndDeleteTeam_throwForbiddenAndChangeNothing() {
    Team team = ports.teams().add("developers", Set.of(alice.user().id()));
    TeamRequest request =
        new TeamRequest(Optional.of("ops"), Optional.of(Set.of(alice.user().id())));

    assertThatThrownBy(() -> service.createTeam(alice, () -> request))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () -> service.updateTeam(alice, team.id(), Optional.of(team.version()), () -> request))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> service.deleteTeam(alice, team.id()))
        .isInstanceOf(ForbiddenException.class);
    assertThat(ports.teams().findAll()).containsExactly(team);
  }

  @Test
  void givenAdministrator_createTeam_storesTeamWithItsMembers() {
    TeamRequest request =
        new TeamRequest(
            Optional.of("developers"), Optional.of(Set.of(alice.user().id(), bob.user().id())));

    Team created = service.createTeam(admin, () -> request);

    assertThat(ports.teams().findAll()).containsExactly(created);
    assertThat(created.members()).containsExactlyInAnyOrder(alice.user().id(), bob.user().id());
  }

  @Test
  void givenUnknownMember_createTeam_refusesMembersField() {
    TeamRequest request =
        new TeamRequest(Optional.of("developers"), Optional.of(Set.of(alice.user().id(), 99L)));

    assertThatThrownBy(() -> service.createTeam(admin, () -> request))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("members"));
    assertThat(ports.teams().findAll()).isEmpty();
  }

  @Test
  void givenStaleVersion_updateTeam_throwsPreconditionFailedAndChangesNothing() {
    Team read = ports.teams().add("developers", Set.of(alice.user().id()));
    Team changedSince =
        service.updateTeam(
            admin,
            read.id(),
            Optional.of(read.version()),
            () ->
                new TeamRequest(
                    Optional.of("developers"),
                    Optional.of(Set.of(alice.user().id(), bob.user().id()))));

    assertThatThrownBy(
            () ->
                service.updateTeam(
                    admin,
                    read.id(),
                    Optional.of(read.version()),
                    () -> new TeamRequest(Optional.of("renamed"), Optional.of(Set.of()))))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(ports.teams().findById(read.id())).contains(changedSince);
  }

  @Test
  void givenOnlyANewName_updateTeam_keepsTheMembers() {
    Team read = ports.teams().add("developers", Set.of(alice.user().id()));

    Team updated =
        service.updateTeam(
            admin,
            read.id(),
            Optional.of(read.version()),
            () -> new TeamRequest(Optional.of("ops"), Optional.empty()));

    assertThat(updated.name()).isEqualTo("ops");
    assertThat(updated.members()).containsExactly(alice.user().id());
  }

  @Test
  void givenCurrentVersion_updateTeam_replacesNameAndMembersUnderANewVersion() {
    Team read = ports.teams().add("developers", Set.of(alice.user().id()));

    Team updated =
        service.updateTeam(
            admin,
            read.id(),
            Optional.of(read.version()),
            () -> new TeamRequest(Optional.of("ops"), Optional.of(Set.of(bob.user().id()))));

    assertThat(updated.name()).isEqualTo("ops");
    assertThat(updated.members()).containsExactly(bob.user().id());
    assertThat(updated.version()).isNotEqualTo(read.version());
    assertThat(ports.teams().findById(read.id())).contains(updated);
  }

  @Test
  void givenAdministrator_deleteTeam_removesTheTeam() {
    Team team = ports.teams().add("developers", Set.of(alice.user().id()));

    service.deleteTeam(admin, team.id());

    assertThat(ports.teams().findAll()).isEmpty();
  }

  @Test
  void givenMemberAndNonMember_getTeam_showsTheTeamToItsMemberOnly() {
    Team team = ports.teams().add("developers", Set.of(alice.user().id()));

    Team seenByMember = service.getTeam(alice, team.id());

    assertThat(seenByMember).isEqualTo(team);
    assertThatThrownBy(() -> service.getTeam(bob, team.id())).isInstanceOf(NotFoundException.class);
  }
}
