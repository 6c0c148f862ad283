package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ConflictException;
import io.jeto.application.port.in.ManageUsersUseCase;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.domain.access.User;
import io.jeto.domain.port.UserRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Lists, changes and removes users; only administrators, except a user reading itself. */
public final class ManageUsersService implements ManageUsersUseCase {

  private final UserRepository users;
  private final AccessPolicy policy;
  private final AuditTrail audit;

  ManageUsersService(UserRepository users, AccessPolicy policy, AuditTrail audit) {
    this.users = users;
    this.policy = policy;
    this.audit = audit;
  }

  @Override
  public List<User> listUsers(Caller caller) {
    policy.requireAdministrator(caller);
    return users.findAll();
  }

  @Override
  public User getUser(Caller caller, long userId) {
    if (caller.user().id() != userId) {
      policy.requireAdministratorOrHide(caller, "no user " + userId);
    }
    return users.findById(userId).orElseThrow(() -> missing(userId));
  }

  @Override
  public User updateUser(Caller caller, long userId, Supplier<UserChanges> request) {
    getUser(caller, userId);
    policy.requireAdministrator(caller);
    User user = users.findById(userId).orElseThrow(() -> missing(userId));
    UserChanges changes = request.get();
    User changed =
        new User(
            user.id(),
            changes.name().orElse(user.name()),
            changes.email().orElse(user.email()),
            changes.role().orElse(user.role()),
            changes.disabled().orElse(user.disabled()));
    CreateUserService.validate(changed.name(), changed.email());
    if (userId == caller.user().id() && (changed.disabled() || !changed.isAdministrator())) {
      throw new ConflictException("administrators cannot disable or demote themselves");
    }

    User stored = users.update(changed).orElseThrow(() -> missing(userId));

    audit.record(
        caller,
        "update",
        "user",
        Optional.of(userId),
        Optional.of(stored.name()),
        describe(stored),
        AuditTrail.SUCCEEDED);
    return stored;
  }

  @Override
  public void deleteUser(Caller caller, long userId) {
    getUser(caller, userId);
    policy.requireAdministrator(caller);
    if (userId == caller.user().id()) {
      throw new ConflictException("administrators cannot remove themselves");
    }
    User user = users.findById(userId).orElseThrow(() -> missing(userId));

    users.delete(userId);

    audit.record(
        caller,
        "delete",
        "user",
        Optional.of(userId),
        Optional.of(user.name()),
        Map.of(),
        AuditTrail.SUCCEEDED);
  }

  private static NotFoundException missing(long userId) {
    return new NotFoundException("no user " + userId);
  }

  static Map<String, Object> describe(User user) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("name", user.name());
    details.put("email", user.email());
    details.put("role", user.role().wireName());
    details.put("disabled", user.disabled());
    return details;
  }
}
