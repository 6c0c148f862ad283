package io.jeto.application.port.in;

import io.jeto.domain.command.Command;
import java.util.Optional;

/** Use case: rename an instance, change its environment, or delete it. */
public interface ManageInstanceUseCase {

  /** @throws InvalidRequestException for a blank or too long name */
  InstanceDetails editInstance(
      Caller caller, long instanceId, Optional<String> name, Optional<String> environment);

  /**
   * Queues {@code vagrant destroy -f}; on success the record and the workspace Jeto made go.
   */
  Command deleteInstance(Caller caller, long instanceId);
}
