package io.jeto.domain.access;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A grant about to be stored.
 *
 * @param userId the user it lets act
 * @param target what it covers
 * @param actions what it lets the user do
 */
public record NewGrant(long userId, GrantTarget target, Set<Action> actions) {

  public NewGrant {
    requireNonNull(target, "'target' must not be null");
    actions = Set.copyOf(requireNonNull(actions, "'actions' must not be null"));
    if (actions.isEmpty()) {
      throw new IllegalArgumentException("'actions' must not be empty");
    }
  }
}
