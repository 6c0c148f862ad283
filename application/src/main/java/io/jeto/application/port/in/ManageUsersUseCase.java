package io.jeto.application.port.in;

import io.jeto.domain.access.Role;
import io.jeto.domain.access.User;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Use case: administrators list, change and remove users. */
public interface ManageUsersUseCase {

  /** The changes a client asked for; empty fields stay as they are. */
  record UserChanges(
      Optional<String> name,
      Optional<String> email,
      Optional<Role> role,
      Optional<Boolean> disabled) {}

  /** @throws ForbiddenException unless the caller is an administrator */
  List<User> listUsers(Caller caller);

  /** Administrators see everyone; a user sees itself. */
  User getUser(Caller caller, long userId);

  User updateUser(Caller caller, long userId, Supplier<UserChanges> changes);

  /** Removes the user, revoking its keys and removing its grants and memberships. */
  void deleteUser(Caller caller, long userId);
}
