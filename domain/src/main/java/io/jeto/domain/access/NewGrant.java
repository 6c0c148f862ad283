package io.jeto.domain.access;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A grant about to be stored.
 *
 * @param grantee who it lets act
 * @param target what it covers
 * @param actions what it lets them do
 * @param scripts for {@code runScript}, the scripts it allows; empty for every script
 */
public record NewGrant(
    Grantee grantee, GrantTarget target, Set<Action> actions, Set<String> scripts) {

  public NewGrant {
    requireNonNull(grantee, "'grantee' must not be null");
    requireNonNull(target, "'target' must not be null");
    actions = Set.copyOf(requireNonNull(actions, "'actions' must not be null"));
    if (actions.isEmpty()) {
      throw new IllegalArgumentException("'actions' must not be empty");
    }
    scripts = Set.copyOf(requireNonNull(scripts, "'scripts' must not be null"));
  }
}
