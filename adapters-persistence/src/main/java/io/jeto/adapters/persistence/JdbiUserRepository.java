package io.jeto.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import io.jeto.domain.access.User;
import io.jeto.domain.port.NameTakenException;
import io.jeto.domain.port.UserRepository;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/**
 * Stores users in the app_user table, each with the first key it was given. The foreign keys
 * of api_key, access_grant and team_member remove a deleted user's keys, grants and memberships
 * with it.
 */
public final class JdbiUserRepository implements UserRepository {

  private static final String NAME_CONSTRAINT = "uq_app_user_name";

  private static final String SELECT = "SELECT id, name, email, role, disabled FROM app_user";

  private final Jdbi jdbi;

  public JdbiUserRepository(Jdbi jdbi) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
  }

  @Override
  public User addWithKey(NewUser user, NewApiKey key) {
    try {
      return jdbi.inTransaction(
          handle -> {
            User stored = insert(handle, user);
            JdbiApiKeyRepository.insert(handle, stored.id(), key);
            return stored;
          });
    } catch (StatementException failure) {
      if (UniqueViolation.of(failure, NAME_CONSTRAINT)) {
        throw new NameTakenException("name", user.name());
      }
      throw failure;
    }
  }

  @Override
  public Optional<User> findById(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE id = :id")
                .bind("id", id)
                .map(new UserMapper())
                .findOne());
  }

  @Override
  public List<User> findAll() {
    return jdbi.withHandle(
        handle -> handle.createQuery(SELECT + " ORDER BY id").map(new UserMapper()).list());
  }

  @Override
  public Optional<User> update(User user) {
    try {
      int updated =
          jdbi.inTransaction(
              handle ->
                  handle
                      .createUpdate(
                          "UPDATE app_user SET name = :name, email = :email, role = :role,"
                              + " disabled = :disabled WHERE id = :id")
                      .bind("name", user.name())
                      .bind("email", user.email())
                      .bind("role", user.role().wireName())
                      .bind("disabled", user.disabled())
                      .bind("id", user.id())
                      .execute());
      return updated > 0 ? Optional.of(user) : Optional.empty();
    } catch (StatementException failure) {
      if (UniqueViolation.of(failure, NAME_CONSTRAINT)) {
        throw new NameTakenException("name", user.name());
      }
      throw failure;
    }
  }

  /**
   * Deletes the user in one statement, which cascades to its keys, its grants (and their actions
   * and scripts) and its team memberships. The audit log keeps its entries, which name it.
   */
  @Override
  public boolean delete(long id) {
    int deleted =
        jdbi.inTransaction(
            handle ->
                handle
                    .createUpdate("DELETE FROM app_user WHERE id = :id")
                    .bind("id", id)
                    .execute());
    return deleted > 0;
  }

  @Override
  public Optional<User> findFirstAdministrator() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE role = :role AND NOT disabled ORDER BY id LIMIT 1")
                .bind("role", Role.ADMIN.wireName())
                .map(new UserMapper())
                .findOne());
  }

  private static User insert(Handle handle, NewUser user) {
    long id =
        handle
            .createUpdate("INSERT INTO app_user (name, email, role) VALUES (:name, :email, :role)")
            .bind("name", user.name())
            .bind("email", user.email())
            .bind("role", user.role().wireName())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    return new User(id, user.name(), user.email(), user.role(), false);
  }
}
