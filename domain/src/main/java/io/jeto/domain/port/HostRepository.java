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
}
