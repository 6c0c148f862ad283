package io.jeto.domain.access;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lets a user, or a team's members, do a set of actions on a target.
 *
 * @param id the identifier given when the grant was stored
 * @param grantee who it lets act
 * @param target what it covers
 * @param actions what it lets them do; never empty
 * @param scripts for {@link Action#RUN_SCRIPT}, the scripts it allows; empty for every script
 */
public record Grant(
    long id, Grantee grantee, GrantTarget target, Set<Action> actions, Set<String> scripts) {

  public Grant {
    requireNonNull(grantee, "'grantee' must not be null");
    requireNonNull(target, "'target' must not be null");
    requireNonNull(actions, "'actions' must not be null");
    if (actions.isEmpty()) {
      throw new IllegalArgumentException("'actions' must not be empty");
    }
    actions = Set.copyOf(EnumSet.copyOf(actions));
    scripts = Set.copyOf(requireNonNull(scripts, "'scripts' must not be null"));
  }

  public boolean allows(Action action, GrantTarget on) {
    return target.equals(on) && actions.contains(action);
  }

  /** Whether a {@code runScript} allowed by this grant may run the named script. */
  public boolean allowsScript(String script) {
    return scripts.isEmpty() || scripts.contains(script);
  }
}
