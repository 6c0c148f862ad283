package io.jeto.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ConflictException;
import io.jeto.application.port.in.ForbiddenException;
import io.jeto.application.port.in.ManageUsersUseCase.UserChanges;
import io.jeto.domain.access.Role;
import io.jeto.domain.access.User;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManageUsersServiceTest {

  private final InMemoryPorts ports = new InMemoryPorts();
  private final ManageUsersService service =
      new ManageUsersService(ports.users(), ports.policy(), ports.audit());
  private Caller admin;
  private Caller alice;

  @BeforeEach
  void storeUsers() {
    admin = ports.storeCaller("root", Role.ADMIN);
    alice = ports.storeCaller("alice", Role.USER);
  }

  @Test
  void givenAdministrator_listUsers_returnsEveryUser() {
    List<User> listed = service.listUsers(admin);

    assertThat(listed).containsExactly(admin.user(), alice.user());
  }

  @Test
  void givenUser_listUsers_throwsForbidden() {
    assertThatThrownBy(() -> service.listUsers(alice)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void givenRoleAndDisabledChanges_updateUser_storesThemAndKeepsTheRest() {
    UserChanges changes =
        new UserChanges(
            Optional.empty(), Optional.empty(), Optional.of(Role.ADMIN), Optional.of(true));

    User updated = service.updateUser(admin, alice.user().id(), () -> changes);

    assertThat(updated.role()).isEqualTo(Role.ADMIN);
    assertThat(updated.disabled()).isTrue();
    assertThat(updated.name()).isEqualTo("alice");
    assertThat(updated.email()).isEqualTo(alice.user().email());
    assertThat(ports.users().findById(alice.user().id())).contains(updated);
  }

  @Test
  void givenAdministratorDisablingOrDemotingItself_updateUser_throwsConflictAndChangesNothing() {
    UserChanges disable =
        new UserChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true));
    UserChanges demote =
        new UserChanges(
            Optional.empty(), Optional.empty(), Optional.of(Role.USER), Optional.empty());
    long self = admin.user().id();

    assertThatThrownBy(() -> service.updateUser(admin, self, () -> disable))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> service.updateUser(admin, self, () -> demote))
        .isInstanceOf(ConflictException.class);
    assertThat(ports.users().findById(self)).contains(admin.user());
  }

  @Test
  void givenAdministrator_deleteUser_removesTheUser() {
    long aliceId = alice.user().id();

    service.deleteUser(admin, aliceId);

    assertThat(ports.users().findById(aliceId)).isEmpty();
  }

  @Test
  void givenAdministratorDeletingItself_deleteUser_throwsConflictAndKeepsIt() {
    long self = admin.user().id();

    assertThatThrownBy(() -> service.deleteUser(admin, self)).isInstanceOf(ConflictException.class);
    assertThat(ports.users().findById(self)).contains(admin.user());
  }
}
