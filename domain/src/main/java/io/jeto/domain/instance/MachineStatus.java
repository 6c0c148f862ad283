package io.jeto.domain.instance;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of one Vagrant machine of an instance, as Vagrant reported it at {@code checkedAt}.
 *
 * @param name the machine name from the Vagrantfile ({@code default} for a single machine)
 * @param ip the first address of a running machine, empty otherwise
 * @param status Vagrant's short human state, such as {@code not created} or {@code running}
 * @param state Vagrant's state id, such as {@code not_created}
 * @param provider the provider that runs the machine
 * @param checkedAt when Vagrant was asked
 */
public record MachineStatus(
    String name,
    Optional<String> ip,
    String status,
    String state,
    String provider,
    Instant checkedAt) {

  public MachineStatus {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(ip, "'ip' must not be null");
    requireNonNull(status, "'status' must not be null");
    requireNonNull(state, "'state' must not be null");
    requireNonNull(provider, "'provider' must not be null");
    requireNonNull(checkedAt, "'checkedAt' must not be null");
  }

  /** Whether the provider reports the machine as up, so that it has an address to ask for. */
  public boolean isRunning() {
    return "running".equals(state);
  }

  public MachineStatus withIp(Optional<String> address) {
    return new MachineStatus(name, address, status, state, provider, checkedAt);
  }
}
