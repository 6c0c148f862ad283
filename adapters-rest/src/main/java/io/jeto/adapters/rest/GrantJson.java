package io.jeto.adapters.rest;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget.Kind;
import java.util.List;

/** A grant as API.md shows it: the user, one target field, and the actions. */
record GrantJson(long id, long user, Long project, Long instance, Long host, List<String> actions) {

  static GrantJson fromDomainModel(Grant grant) {
    long target = grant.target().id();
    return new GrantJson(
        grant.id(),
        grant.userId(),
        grant.target().kind() == Kind.PROJECT ? target : null,
        grant.target().kind() == Kind.INSTANCE ? target : null,
        grant.target().kind() == Kind.HOST ? target : null,
        grant.actions().stream().sorted().map(Action::wireName).toList());
  }
}
