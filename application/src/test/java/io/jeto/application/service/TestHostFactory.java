package io.jeto.application.service;

import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import java.util.Map;

/** Hosts for tests; their parameters include a credential, as real ones may. */
final class TestHostFactory {

  static final Map<String, String> PARAMS =
      Map.of("LXC_BRIDGE", "lxcbr0", "API_TOKEN", "s3cret-token");

  private TestHostFactory() {}

  static NewHost newLxcHost() {
    return newLxcHost("lxc-1");
  }

  static NewHost newLxcHost(String name) {
    return new NewHost(name, "lxc", PARAMS);
  }

  static Host lxcHost(long id) {
    return new Host(id, "lxc-" + id, "lxc", PARAMS);
  }
}
