package io.jeto.adapters.rest;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget.Kind;
import io.jeto.domain.access.Grantee;
import java.util.List;

/** A grant as API.md shows it: one grantee field, one target field, actions and scripts. */
record GrantJson(
    long id,
    Long user,
    Long team,
    Long project,
    Long instance,
    Long host,
    List<String> actions,
    List<String> scripts) {

  static GrantJson fromDomainModel(Grant grant) {
    long target = grant.target().id();
    Grantee grantee = grant.grantee();
    return new GrantJson(
        grant.id(),
        grantee.kind() == Grantee.Kind.USER ? grantee.id() : null,
        grantee.kind() == Grantee.Kind.TEAM ? grantee.id() : null,
        grant.target().kind() == Kind.PROJECT ? target : null,
        grant.target().kind() == Kind.INSTANCE ? target : null,
        grant.target().kind() == Kind.HOST ? target : null,
        grant.actions().stream().sorted().map(Action::wireName).toList(),
        grant.scripts().stream().sorted().toList());
  }
}
