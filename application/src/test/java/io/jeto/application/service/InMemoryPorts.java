package io.jeto.application.service;

import java.util.Optional;


/** Every out-port as a fake, with the policy and assembler the services share over them. */
final class InMemoryPorts {

  private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
  private final InMemoryUserRepository users = new InMemoryUserRepository(keys);
  private final InMemoryGrantRepository grants = new InMemoryGrantRepository();
  private final InMemoryHostRepository hosts = new InMemoryHostRepository();
  private final InMemoryProjectRepository projects = new InMemoryProjectRepository();
  private final InMemoryInstanceRepository instances = new InMemoryInstanceRepository();
  private final FakeVagrantEnvironmentReader environments = new FakeVagrantEnvironmentReader();
  private final AccessPolicy policy = new AccessPolicy(grants);

  InMemoryApiKeyRepository keys() {
    return keys;
  }

  InMemoryUserRepository users() {
    return users;
  }

  InMemoryGrantRepository grants() {
    return grants;
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

  FakeVagrantEnvironmentReader environments() {
    return environments;
  }

  AccessPolicy policy() {
    return policy;
  }

  InstanceDetailsAssembler assembler() {
    return new InstanceDetailsAssembler(
        hosts, projects, environments, policy, instanceId -> Optional.empty());
  }
}
