package io.jeto.domain.port;

import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.User;
import java.util.List;
import java.util.Optional;

/** Stores users. */
public interface UserRepository {

  /**
   * Stores a new user together with its first key, in one transaction, so that no user is left
   * without the key that was promised to the caller.
   *
   * @throws NameTakenException if another user has the same name
   */
  User addWithKey(NewUser user, NewApiKey key);

  Optional<User> findById(long id);

  /** Every user, by identifier. */
  List<User> findAll();

  /**
   * Replaces name, email, role and the disabled flag.
   *
   * @return the updated user, empty if it is gone
   * @throws NameTakenException if another user has the name
   */
  Optional<User> update(User user);

  /**
   * Removes the user with its keys, its grants and its team memberships, in one transaction,
   * so that nothing it could use or that names it is left.
   */
  boolean delete(long id);

  /** The enabled administrator with the lowest identifier, if there is one. */
  Optional<User> findFirstAdministrator();
}
