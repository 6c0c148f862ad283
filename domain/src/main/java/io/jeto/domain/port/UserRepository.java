package io.jeto.domain.port;

import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.User;
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

  /** The enabled administrator with the lowest identifier, if there is one. */
  Optional<User> findFirstAdministrator();
}
