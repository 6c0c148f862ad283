package io.jeto.domain.instance;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one measurement of a Vagrant environment found: its machines, or why there are none.
 *
 * <p>A failed measurement keeps the error text so that users read Vagrant's own words instead of
 * an empty list with no explanation.
 *
 * @param machines the machines Vagrant listed, in Vagrantfile order
 * @param error why Vagrant could not report the machines, empty when it could
 * @param checkedAt when the measurement was taken, empty for an instance never measured
 */
public record EnvironmentStatus(
    List<MachineStatus> machines, Optional<String> error, Optional<Instant> checkedAt) {

  public EnvironmentStatus {
    machines = List.copyOf(requireNonNull(machines, "'machines' must not be null"));
    requireNonNull(error, "'error' must not be null");
    requireNonNull(checkedAt, "'checkedAt' must not be null");
  }

  public static EnvironmentStatus unknown() {
    return new EnvironmentStatus(List.of(), Optional.empty(), Optional.empty());
  }

  public static EnvironmentStatus measured(List<MachineStatus> machines, Instant checkedAt) {
    return new EnvironmentStatus(machines, Optional.empty(), Optional.of(checkedAt));
  }

  public static EnvironmentStatus failed(String error, Instant checkedAt) {
    return new EnvironmentStatus(List.of(), Optional.of(error), Optional.of(checkedAt));
  }
}
