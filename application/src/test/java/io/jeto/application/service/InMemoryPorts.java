package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import io.jeto.domain.access.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** Every out-port as a fake, with the policy and assembler the services share over them. */
final class InMemoryPorts {

  static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
  private final InMemoryGrantRepository grants = new InMemoryGrantRepository();
  private final InMemoryTeamRepository teams = new InMemoryTeamRepository(grants);
  private final InMemoryUserRepository users = new InMemoryUserRepository(keys, grants, teams);
  private final InMemoryHostRepository hosts = new InMemoryHostRepository(grants);
  private final InMemoryProjectRepository projects = new InMemoryProjectRepository(grants);
  private final InMemoryInstanceRepository instances = new InMemoryInstanceRepository(grants);
  private final InMemoryCommandRepository commands = new InMemoryCommandRepository();
  private final InMemoryConsoleRepository consoles = new InMemoryConsoleRepository();
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  private final FakeVagrantEnvironmentReader environments = new FakeVagrantEnvironmentReader();
  private final AccessPolicy policy = new AccessPolicy(grants, teams);
  private final AuditTrail audit = new AuditTrail(auditLog, clock);

  InMemoryApiKeyRepository keys() {
    return keys;
  }

  InMemoryUserRepository users() {
    return users;
  }

  InMemoryGrantRepository grants() {
    return grants;
  }

  InMemoryTeamRepository teams() {
    return teams;
  }

  InMemoryHostRepository hosts() {
    return hosts;
  }

  InMemoryProjectRepository projects() {
    return projects;
  }

  InMemoryInstanceRepository instances() {
    return instances;
  }

  InMemoryCommandRepository commands() {
    return commands;
  }

  InMemoryConsoleRepository consoles() {
    return consoles;
  }

  InMemoryAuditLog auditLog() {
    return auditLog;
  }

  FakeVagrantEnvironmentReader environments() {
    return environments;
  }

  /** Stands still at {@link #NOW}. */
  Clock clock() {
    return clock;
  }

  AccessPolicy policy() {
    return policy;
  }

  /** Writes to {@link #auditLog()}. */
  AuditTrail audit() {
    return audit;
  }

  InstanceDetailsAssembler assembler() {
    return new InstanceDetailsAssembler(
        hosts, projects, environments, policy, instanceId -> Optional.empty());
  }

  /**
   * Stores a user with one key for everything, for services that look their caller up.
   *
   * @return the caller that key authenticates
   */
  Caller storeCaller(String name, Role role) {
    User user =
        users.addWithKey(
            new NewUser(name, name + "@example.org", role),
            NewApiKey.unrestricted("default", "jeto_" + name, "hash-of-" + name));
    return new Caller(user, keys.findByUser(user.id()).getFirst());
  }
}
