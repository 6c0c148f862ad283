package io.jeto.domain.access;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * Users that grants can name together.
 *
 * @param id the identifier given when the team was stored
 * @param name the unique name
 * @param members the users in it
 * @param version changes on every update, so that two editors cannot overwrite each other
 */
public record Team(long id, String name, Set<Long> members, long version) {

  public Team {
    requireNonNull(name, "'name' must not be null");
    members = Set.copyOf(requireNonNull(members, "'members' must not be null"));
  }
}
