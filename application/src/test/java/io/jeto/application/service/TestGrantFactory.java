package io.jeto.application.service;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.NewGrant;
import java.util.Set;

/** Grants for tests. */
final class TestGrantFactory {

  private TestGrantFactory() {}

  static Grant grant(long userId, GrantTarget target, Action... actions) {
    return new Grant(1, userId, target, Set.of(actions));
  }

  static NewGrant newGrant(long userId, GrantTarget target, Action... actions) {
    return new NewGrant(userId, target, Set.of(actions));
  }
}
