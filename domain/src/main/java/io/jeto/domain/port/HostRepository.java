package io.jeto.domain.port;

import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import java.util.List;
import java.util.Optional;

/** Stores the hosts that run environments, with their parameters. */
public interface HostRepository {

  /**
   * Stores a new host with its parameters, in one transaction.
   *
   * @throws NameTakenException if another host has the same name
   */
  Host add(NewHost host);

  Optional<Host> findById(long id);

  /** Every host, by identifier. */
  List<Host> findAll();

  /**
   * Replaces name, provider and parameters in one transaction.
   *
   * @return the updated host, empty if it is gone
   * @throws NameTakenException if another host has the name
   */
  Optional<Host> update(Host host);

  /**
   * Removes the host and the grants on it. The caller makes sure no instance runs on it.
   *
   * @return false if there was no such host
   */
  boolean delete(long id);
}
