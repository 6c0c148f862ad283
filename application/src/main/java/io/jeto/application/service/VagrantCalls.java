package io.jeto.application.service;

import io.jeto.domain.host.Host;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.port.VagrantCall;
import java.util.HashMap;
import java.util.Map;

/** Builds the environment every Vagrant command of an instance runs with (API.md). */
final class VagrantCalls {

  private VagrantCalls() {}

  static VagrantCall forInstance(Instance instance, Host host) {
    Map<String, String> environment = new HashMap<>(host.params());
    // Jeto's own variables come last so that a host parameter cannot point an instance at
    // another provider or environment than the one its record shows.
    environment.put("VAGRANT_DEFAULT_PROVIDER", host.provider());
    environment.put("ENVIRONMENT", instance.environment());
    return new VagrantCall(instance.path(), environment);
  }
}
