package io.jeto.application.service;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.NewGrant;
import java.util.Set;

/** Grants for tests; those given a user id name that user, and allow every script. */
final class TestGrantFactory {

  private TestGrantFactory() {}

  static Grant grant(long userId, GrantTarget target, Action... actions) {
    return stored(newGrant(userId, target, actions));
  }

  static Grant grant(Grantee grantee, GrantTarget target, Action... actions) {
    return stored(newGrant(grantee, target, actions));
  }

  /** Lets the user run only the named scripts, or every script when none is named. */
  static Grant scriptGrant(long userId, GrantTarget target, String... scripts) {
    return stored(newScriptGrant(userId, target, scripts));
  }

  static NewGrant newGrant(long userId, GrantTarget target, Action... actions) {
    return newGrant(Grantee.user(userId), target, actions);
  }

  static NewGrant newGrant(Grantee grantee, GrantTarget target, Action... actions) {
    return new NewGrant(grantee, target, Set.of(actions), Set.of());
  }

  static NewGrant newScriptGrant(long userId, GrantTarget target, String... scripts) {
    return new NewGrant(Grantee.user(userId), target, Set.of(Action.RUN_SCRIPT), Set.of(scripts));
  }

  private static Grant stored(NewGrant grant) {
    return new Grant(1, grant.grantee(), grant.target(), grant.actions(), grant.scripts());
  }
}
