package io.jeto.application.service;

import static io.jeto.application.service.TestGrantFactory.newGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.application.port.in.ForbiddenException;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.Team;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManageGrantsServiceTest {

  private static final long USER_ID = 7;
  private static final long OTHER_USER_ID = 8;

  private final InMemoryPorts ports = new InMemoryPorts();
  private final ManageGrantsService service =
      new ManageGrantsService(ports.grants(), ports.teams(), ports.policy(), ports.audit());
  private Grant toUser;
  private Grant toUsersTeam;
  private Grant toOtherUser;
  private Grant toOtherTeam;

  @BeforeEach
  void storeGrants() {
    Team usersTeam = ports.teams().add("developers", Set.of(USER_ID));
    Team otherTeam = ports.teams().add("ops", Set.of(OTHER_USER_ID));
    GrantTarget target = GrantTarget.instance(10);
    toUser = ports.grants().add(newGrant(USER_ID, target, Action.VIEW));
    toUsersTeam = ports.grants().add(newGrant(Grantee.team(usersTeam.id()), target, Action.START));
    toOtherUser = ports.grants().add(newGrant(OTHER_USER_ID, target, Action.VIEW));
    toOtherTeam = ports.grants().add(newGrant(Grantee.team(otherTeam.id()), target, Action.STOP));
  }

  @Test
  void givenAdministrator_listGrants_returnsEveryGrant() {
    List<Grant> listed = service.listGrants(TestCallerFactory.administrator());

    assertThat(listed).containsExactly(toUser, toUsersTeam, toOtherUser, toOtherTeam);
  }

  @Test
  void givenUser_listGrants_returnsOnlyGrantsNamingItOrItsTeams() {
    List<Grant> listed = service.listGrants(TestCallerFactory.user(USER_ID));

    assertThat(listed).containsExactly(toUser, toUsersTeam);
  }

  @Test
  void givenUser_revokeGrant_throwsForbiddenAndKeepsTheGrant() {
    assertThatThrownBy(() -> service.revokeGrant(TestCallerFactory.user(USER_ID), toUser.id()))
        .isInstanceOf(ForbiddenException.class);
    assertThat(ports.grants().findById(toUser.id())).contains(toUser);
  }

  @Test
  void givenAdministrator_revokeGrant_removesTheGrant() {
    service.revokeGrant(TestCallerFactory.administrator(), toUser.id());

    assertThat(ports.grants().findAll()).containsExactly(toUsersTeam, toOtherUser, toOtherTeam);
  }
}
