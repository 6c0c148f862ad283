package io.jeto.adapters.rest;

import io.jeto.domain.access.Team;
import java.util.List;

/** A team as API.md shows it, with the version its ETag carries. */
record TeamJson(long id, String name, List<Long> members, long version) {

  static TeamJson fromDomainModel(Team team) {
    return new TeamJson(
        team.id(), team.name(), team.members().stream().sorted().toList(), team.version());
  }

  static String etag(Team team) {
    return "\"" + team.version() + "\"";
  }
}
