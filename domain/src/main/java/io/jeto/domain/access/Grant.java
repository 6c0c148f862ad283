package io.jeto.domain.access;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lets a user do a set of actions on a target.
 *
 * @param id the identifier given when the grant was stored
 * @param userId the user it lets act
 * @param target what it covers
 * @param actions what it lets the user do; never empty
 */
public record Grant(long id, long userId, GrantTarget target, Set<Action> actions) {

  public Grant {
    requireNonNull(target, "'target' must not be null");
    requireNonNull(actions, "'actions' must not be null");
    if (actions.isEmpty()) {
      throw new IllegalArgumentException("'actions' must not be empty");
    }
    actions = Set.copyOf(EnumSet.copyOf(actions));
  }

  public boolean allows(Action action, GrantTarget on) {
    return target.equals(on) && actions.contains(action);
  }
}
