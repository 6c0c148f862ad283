package io.jeto.domain.port;

import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.NewInstance;
import java.util.List;
import java.util.Optional;

/** Stores instances with the last status measured for each. */
public interface InstanceRepository {

  /** Stores a new instance with its first measured status, in one transaction. */
  Instance add(NewInstance instance, EnvironmentStatus status);

  Optional<Instance> findById(long id);

  /** Every instance, by identifier. */
  List<Instance> findAll();

  /** Replaces the stored status of an instance; does nothing if the instance is gone. */
  void updateStatus(long id, EnvironmentStatus status);

  /** Changes name and environment; returns the changed instance, empty if it is gone. */
  Optional<Instance> rename(long id, String name, String environment);

  /**
   * Removes the instance with its status, commands, consoles and grants, in one transaction.
   *
   * @return false if there was no such instance
   */
  boolean delete(long id);
}
