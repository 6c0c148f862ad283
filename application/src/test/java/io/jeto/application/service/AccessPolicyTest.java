package io.jeto.application.service;

import static io.jeto.application.service.InstanceBuilder.anInstance;
import static io.jeto.application.service.TestGrantFactory.newGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ForbiddenException;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.Team;
import io.jeto.domain.host.Host;
import io.jeto.domain.instance.Instance;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private final InMemoryPorts ports = new InMemoryPorts();
  private final InMemoryGrantRepository grants = ports.grants();
  private final AccessPolicy policy = ports.policy();

  @Test
  void givenAdministrator_permissionsOf_allowsWithoutAnyGrant() {
    Instance instance = anInstance().withId(10).build();

    CallerPermissions permissions = policy.permissionsOf(TestCallerFactory.administrator());

    assertThat(permissions.isAdministrator()).isTrue();
    assertThat(permissions.allows(Action.DESTROY, instance)).isTrue();
  }

  @Test
  void givenGrantsOfTwoUsers_permissionsOf_usesOnlyTheCallersGrants() {
    Instance mine = anInstance().withId(10).build();
    Instance theirs = anInstance().withId(11).build();
    grants.add(newGrant(7, GrantTarget.instance(10), Action.VIEW));
    grants.add(newGrant(8, GrantTarget.instance(11), Action.VIEW));

    CallerPermissions permissions = policy.permissionsOf(TestCallerFactory.user(7));

    assertThat(permissions.isAdministrator()).isFalse();
    assertThat(permissions.allows(Action.VIEW, mine)).isTrue();
    assertThat(permissions.allows(Action.VIEW, theirs)).isFalse();
  }

  @Test
  void givenGrantToTeam_permissionsOf_letsItsMembersOnly() {
    Instance instance = anInstance().withId(10).build();
    Team developers = ports.teams().add("developers", Set.of(7L));
    grants.add(newGrant(Grantee.team(developers.id()), GrantTarget.instance(10), Action.VIEW));

    CallerPermissions member = policy.permissionsOf(TestCallerFactory.user(7));
    CallerPermissions outsider = policy.permissionsOf(TestCallerFactory.user(8));

    assertThat(member.allows(Action.VIEW, instance)).isTrue();
    assertThat(outsider.allows(Action.VIEW, instance)).isFalse();
  }

  @Test
  void givenAdministratorWithNarrowedKey_permissionsOf_isNotAdministrator() {
    Caller narrowed =
        TestCallerFactory.withKeyNarrowedTo(TestCallerFactory.administrator(), Action.VIEW);

    CallerPermissions permissions = policy.permissionsOf(narrowed);

    assertThat(permissions.isAdministrator()).isFalse();
    assertThatThrownBy(() -> policy.requireAdministrator(narrowed))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void givenAdministratorWithNarrowedKey_presentHost_masksEveryParamValue() {
    Caller narrowed =
        TestCallerFactory.withKeyNarrowedTo(TestCallerFactory.administrator(), Action.VIEW);

    Host presented = policy.presentHost(narrowed, TestHostFactory.lxcHost(3));

    assertThat(presented.params())
        .containsOnly(Map.entry("LXC_BRIDGE", "********"), Map.entry("API_TOKEN", "********"));
  }

  @Test
  void givenUser_presentHost_masksEveryParamValue() {
    Host host = TestHostFactory.lxcHost(3);

    Host presented = policy.presentHost(TestCallerFactory.user(7), host);

    assertThat(presented.params())
        .containsOnlyKeys("LXC_BRIDGE", "API_TOKEN")
        .allSatisfy((name, value) -> assertThat(value).isEqualTo("********"));
    assertThat(presented.id()).isEqualTo(3);
    assertThat(presented.name()).isEqualTo(host.name());
    assertThat(presented.provider()).isEqualTo("lxc");
  }

  @Test
  void givenUserAndHostWithoutParams_presentHost_returnsNoParams() {
    Host host = new Host(3, "bare", "docker", Map.of());

    Host presented = policy.presentHost(TestCallerFactory.user(7), host);

    assertThat(presented.params()).isEmpty();
  }

  @Test
  void givenAdministrator_presentHost_keepsParamValues() {
    Host host = TestHostFactory.lxcHost(3);

    Host presented = policy.presentHost(TestCallerFactory.administrator(), host);

    assertThat(presented).isEqualTo(host);
    assertThat(presented.params()).containsEntry("API_TOKEN", "s3cret-token");
  }

  @Test
  void givenUser_requireAdministrator_throwsForbidden() {
    assertThatThrownBy(() -> policy.requireAdministrator(TestCallerFactory.user(7)))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void givenAdministrator_requireAdministrator_passes() {
    assertThatCode(() -> policy.requireAdministrator(TestCallerFactory.administrator()))
        .doesNotThrowAnyException();
  }
}
