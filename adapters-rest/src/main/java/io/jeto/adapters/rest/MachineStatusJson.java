package io.jeto.adapters.rest;

import io.jeto.domain.instance.MachineStatus;
import java.time.Instant;

/** The Status object of spec/instances.rst, with the fields API.md adds. */
record MachineStatusJson(
    String name, String ip, String status, String state, String provider, Instant checkedAt) {

  static MachineStatusJson fromDomainModel(MachineStatus machine) {
    return new MachineStatusJson(
        machine.name(),
        machine.ip().orElse(null),
        machine.status(),
        machine.state(),
        machine.provider(),
        machine.checkedAt());
  }
}
