package io.jeto.application.service;

import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.MachineStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Environment statuses for tests, as Vagrant would report them. */
final class TestStatusFactory {

  static final Instant CHECKED_AT = Instant.parse("2025-03-01T10:00:00Z");

  private TestStatusFactory() {}

  static EnvironmentStatus running(String machine) {
    return EnvironmentStatus.measured(
        List.of(
            new MachineStatus(
                machine, Optional.of("10.0.3.15"), "running", "running", "lxc", CHECKED_AT)),
        CHECKED_AT);
  }

  static EnvironmentStatus notCreated(String machine) {
    return EnvironmentStatus.measured(
        List.of(
            new MachineStatus(
                machine, Optional.empty(), "not created", "not_created", "lxc", CHECKED_AT)),
        CHECKED_AT);
  }
}
