package io.jeto.application.service;

import static io.jeto.application.service.InstanceBuilder.anInstance;
import static io.jeto.application.service.TestGrantFactory.grant;
import static io.jeto.application.service.TestGrantFactory.scriptGrant;
import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.host.Host;
import io.jeto.domain.instance.Instance;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallerPermissionsTest {

  private static final long USER_ID = 7;

  private final Instance instance = anInstance().withId(10).onHost(3).inProject(20).build();
  private final Host host = TestHostFactory.lxcHost(3);

  @Test
  void givenAdministratorWithoutGrants_allows_permitsEveryActionOnInstancesHostsAndProjects() {
    CallerPermissions permissions =
        new CallerPermissions(TestCallerFactory.administrator(), List.of());

    assertThat(List.of(Action.values()))
        .allSatisfy(
            action -> {
              assertThat(permissions.allows(action, instance)).isTrue();
              assertThat(permissions.allows(action, host)).isTrue();
              assertThat(permissions.allowsProject(action, 20)).isTrue();
            });
  }

  @Test
  void givenUserWithoutGrants_allows_refusesView() {
    CallerPermissions permissions = permissionsWith();

    assertThat(permissions.allows(Action.VIEW, instance)).isFalse();
    assertThat(permissions.allows(Action.VIEW, host)).isFalse();
    assertThat(permissions.allowsProject(Action.VIEW, 20)).isFalse();
  }

  @Test
  void givenGrantOnInstance_allows_permitsGrantedActionsOnThatInstance() {
    CallerPermissions permissions =
        permissionsWith(grant(USER_ID, GrantTarget.instance(10), Action.VIEW, Action.START));

    assertThat(permissions.allows(Action.VIEW, instance)).isTrue();
    assertThat(permissions.allows(Action.START, instance)).isTrue();
    assertThat(permissions.allows(Action.DESTROY, instance)).isFalse();
  }

  @Test
  void givenGrantOnProject_allows_permitsActionOnInstancesOfThatProject() {
    CallerPermissions permissions =
        permissionsWith(grant(USER_ID, GrantTarget.project(20), Action.VIEW));

    boolean allowed = permissions.allows(Action.VIEW, instance);

    assertThat(allowed).isTrue();
    assertThat(permissions.allowsProject(Action.VIEW, 20)).isTrue();
  }

  @Test
  void givenGrantOnHost_allows_permitsActionOnThatHost() {
    CallerPermissions permissions =
        permissionsWith(grant(USER_ID, GrantTarget.host(3), Action.VIEW));

    boolean allowed = permissions.allows(Action.VIEW, host);

    assertThat(allowed).isTrue();
  }

  @Test
  void givenGrantOnHost_allows_doesNotCoverInstancesOnThatHost() {
    CallerPermissions permissions =
        permissionsWith(grant(USER_ID, GrantTarget.host(3), Action.VIEW));

    boolean allowed = permissions.allows(Action.VIEW, instance);

    assertThat(allowed).isFalse();
  }

  @Test
  void givenGrantWithAnotherAction_allows_refusesView() {
    CallerPermissions permissions =
        permissionsWith(
            grant(USER_ID, GrantTarget.instance(10), Action.START),
            grant(USER_ID, GrantTarget.project(20), Action.STOP),
            grant(USER_ID, GrantTarget.host(3), Action.EDIT));

    assertThat(permissions.allows(Action.VIEW, instance)).isFalse();
    assertThat(permissions.allows(Action.VIEW, host)).isFalse();
    assertThat(permissions.allowsProject(Action.VIEW, 20)).isFalse();
  }

  @Test
  void givenGrantOnAnotherInstance_allows_refusesView() {
    CallerPermissions permissions =
        permissionsWith(grant(USER_ID, GrantTarget.instance(11), Action.VIEW));

    boolean allowed = permissions.allows(Action.VIEW, instance);

    assertThat(allowed).isFalse();
  }

  @Test
  void givenGrantOnAnotherProject_allows_refusesView() {
    CallerPermissions permissions =
        permissionsWith(grant(USER_ID, GrantTarget.project(21), Action.VIEW));

    assertThat(permissions.allows(Action.VIEW, instance)).isFalse();
    assertThat(permissions.allowsProject(Action.VIEW, 20)).isFalse();
  }

  @Test
  void givenGrantOnProject_allows_doesNotCoverInstanceWithoutProject() {
    Instance loose = anInstance().withId(12).build();
    CallerPermissions permissions =
        permissionsWith(grant(USER_ID, GrantTarget.project(20), Action.VIEW));

    boolean allowed = permissions.allows(Action.VIEW, loose);

    assertThat(allowed).isFalse();
  }

  @Test
  void givenGrantOnAnotherHost_allows_refusesView() {
    CallerPermissions permissions =
        permissionsWith(grant(USER_ID, GrantTarget.host(4), Action.VIEW));

    boolean allowed = permissions.allows(Action.VIEW, host);

    assertThat(allowed).isFalse();
  }

  @Test
  void givenInstanceGrantWithSameIdAsHost_allows_doesNotCoverThatHost() {
    CallerPermissions permissions =
        permissionsWith(grant(USER_ID, GrantTarget.instance(3), Action.VIEW));

    boolean allowed = permissions.allows(Action.VIEW, host);

    assertThat(allowed).isFalse();
  }

  @Test
  void givenKeyNarrowedToView_allows_refusesStartDespiteStartGrant() {
    CallerPermissions permissions =
        new CallerPermissions(
            TestCallerFactory.withKeyNarrowedTo(TestCallerFactory.user(USER_ID), Action.VIEW),
            List.of(grant(USER_ID, GrantTarget.instance(10), Action.VIEW, Action.START)));

    boolean mayStart = permissions.allows(Action.START, instance);

    assertThat(mayStart).isFalse();
    assertThat(permissions.allows(Action.VIEW, instance)).isTrue();
  }

  @Test
  void givenRunScriptGrantNamingScriptA_allowsScript_permitsAOnly() {
    CallerPermissions permissions =
        permissionsWith(scriptGrant(USER_ID, GrantTarget.instance(10), "a"));

    boolean mayRunA = permissions.allowsScript(instance, "a");
    boolean mayRunB = permissions.allowsScript(instance, "b");

    assertThat(mayRunA).isTrue();
    assertThat(mayRunB).isFalse();
  }

  @Test
  void givenRunScriptGrantNamingNoScript_allowsScript_permitsAnyScript() {
    CallerPermissions permissions = permissionsWith(scriptGrant(USER_ID, GrantTarget.project(20)));

    boolean mayRunAny = permissions.allowsScript(instance, "anything");

    assertThat(mayRunAny).isTrue();
  }

  private static CallerPermissions permissionsWith(Grant... grants) {
    return new CallerPermissions(TestCallerFactory.user(USER_ID), List.of(grants));
  }
}
