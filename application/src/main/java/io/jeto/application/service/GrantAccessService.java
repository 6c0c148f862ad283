package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.GrantAccessUseCase;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.port.GrantRepository;
import io.jeto.domain.port.HostRepository;
import io.jeto.domain.port.InstanceRepository;
import io.jeto.domain.port.ProjectRepository;
import io.jeto.domain.port.UserRepository;
import java.util.Locale;
import java.util.function.Supplier;

/** Records that a user may act on a target, after checking that both exist. */
public final class GrantAccessService implements GrantAccessUseCase {

  private final GrantRepository grants;
  private final UserRepository users;
  private final InstanceRepository instances;
  private final ProjectRepository projects;
  private final HostRepository hosts;
  private final AccessPolicy policy;

  GrantAccessService(
      GrantRepository grants,
      UserRepository users,
      InstanceRepository instances,
      ProjectRepository projects,
      HostRepository hosts,
      AccessPolicy policy) {
    this.grants = grants;
    this.users = users;
    this.instances = instances;
    this.projects = projects;
    this.hosts = hosts;
    this.policy = policy;
  }

  @Override
  public Grant grantAccess(Caller caller, Supplier<NewGrant> request) {
    policy.requireAdministrator(caller);
    NewGrant grant = request.get();
    if (users.findById(grant.userId()).isEmpty()) {
      throw new InvalidRequestException("user", "no user " + grant.userId());
    }
    requireTarget(grant.target());

    return grants.add(grant);
  }

  private void requireTarget(GrantTarget target) {
    boolean exists =
        switch (target.kind()) {
          case INSTANCE -> instances.findById(target.id()).isPresent();
          case PROJECT -> projects.findById(target.id()).isPresent();
          case HOST -> hosts.findById(target.id()).isPresent();
        };
    if (!exists) {
      String field = target.kind().name().toLowerCase(Locale.ROOT);
      throw new InvalidRequestException(field, "no " + field + " " + target.id());
    }
  }
}
