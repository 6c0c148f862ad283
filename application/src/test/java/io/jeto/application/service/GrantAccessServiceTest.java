package io.jeto.application.service;

import static io.jeto.application.service.InstanceBuilder.anInstance;
import static io.jeto.application.service.TestGrantFactory.newGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.application.port.in.ForbiddenException;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import io.jeto.domain.access.User;
import io.jeto.domain.host.Host;
import io.jeto.domain.instance.Instance;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GrantAccessServiceTest {

  private final InMemoryPorts ports = new InMemoryPorts();
  private final GrantAccessService service =
      new GrantAccessService(
          ports.grants(),
          ports.users(),
          ports.teams(),
          ports.instances(),
          ports.projects(),
          ports.hosts(),
          ports.policy(),
          ports.audit());
  private User bob;
  private Instance instance;

  @BeforeEach
  void storeUserAndInstance() {
    bob =
        ports
            .users()
            .addWithKey(
                new NewUser("bob", "bob@example.org", Role.USER),
                NewApiKey.unrestricted("default", "jeto_bob", "hash-of-bob"));
    Host host = ports.hosts().add(TestHostFactory.newLxcHost());
    instance = anInstance().onHost(host.id()).storeIn(ports.instances());
  }

  @Test
  void givenUser_grantAccess_throwsForbiddenAndStoresNothing() {
    NewGrant grant = newGrant(bob.id(), GrantTarget.instance(instance.id()), Action.VIEW);

    assertThatThrownBy(() -> service.grantAccess(TestCallerFactory.user(bob.id()), grant))
        .isInstanceOf(ForbiddenException.class);
    assertThat(ports.grants().findAll()).isEmpty();
  }

  @Test
  void givenUnknownUser_grantAccess_refusesUserField() {
    NewGrant grant = newGrant(99, GrantTarget.instance(instance.id()), Action.VIEW);

    assertRefused(grant, "user");
  }

  @ParameterizedTest
  @EnumSource(GrantTarget.Kind.class)
  void givenUnknownTarget_grantAccess_refusesFieldNamedAfterItsKind(GrantTarget.Kind kind) {
    NewGrant grant = newGrant(bob.id(), new GrantTarget(kind, 99), Action.VIEW);

    assertRefused(grant, kind.name().toLowerCase(Locale.ROOT));
  }

  @Test
  void givenUnknownTeam_grantAccess_refusesTeamField() {
    NewGrant grant = newGrant(Grantee.team(99), GrantTarget.instance(instance.id()), Action.VIEW);

    assertRefused(grant, "team");
  }

  @Test
  void givenExistingTeam_grantAccess_storesGrantThatLetsItsMembersView() {
    long teamId = ports.teams().add("developers", Set.of(bob.id())).id();
    NewGrant grant =
        newGrant(Grantee.team(teamId), GrantTarget.instance(instance.id()), Action.VIEW);

    Grant stored = service.grantAccess(TestCallerFactory.administrator(), grant);

    assertThat(stored.grantee()).isEqualTo(Grantee.team(teamId));
    assertThat(
            ports
                .policy()
                .permissionsOf(TestCallerFactory.user(bob.id()))
                .allows(Action.VIEW, instance))
        .isTrue();
  }

  @Test
  void givenExistingUserAndInstance_grantAccess_storesGrantThatLetsTheUserView() {
    NewGrant grant =
        newGrant(bob.id(), GrantTarget.instance(instance.id()), Action.VIEW, Action.START);

    Grant stored = service.grantAccess(TestCallerFactory.administrator(), grant);

    assertThat(stored.grantee()).isEqualTo(Grantee.user(bob.id()));
    assertThat(stored.target()).isEqualTo(GrantTarget.instance(instance.id()));
    assertThat(stored.actions()).containsExactlyInAnyOrder(Action.VIEW, Action.START);
    assertThat(
            ports
                .policy()
                .permissionsOf(TestCallerFactory.user(bob.id()))
                .allows(Action.VIEW, instance))
        .isTrue();
  }

  @Test
  void givenExistingProjectAndHost_grantAccess_storesBothGrants() {
    long projectId = ports.projects().add("shop", Optional.empty(), Optional.empty()).id();
    long hostId = instance.hostId();

    service.grantAccess(
        TestCallerFactory.administrator(),
        newGrant(bob.id(), GrantTarget.project(projectId), Action.VIEW));
    service.grantAccess(
        TestCallerFactory.administrator(),
        newGrant(bob.id(), GrantTarget.host(hostId), Action.VIEW));

    assertThat(ports.grants().findFor(bob.id(), Set.of()))
        .extracting(Grant::target)
        .containsExactly(GrantTarget.project(projectId), GrantTarget.host(hostId));
  }

  private void assertRefused(NewGrant grant, String field) {
    assertThatThrownBy(() -> service.grantAccess(TestCallerFactory.administrator(), grant))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
    assertThat(ports.grants().findAll()).isEmpty();
  }
}
