package io.jeto.application.port.in;

import io.jeto.domain.command.Command;
import java.time.Duration;

/** Use case: queue an action on an instance, and wait for it when a client asks to. */
public interface RunCommandUseCase {

  /**
   * @throws NotFoundException if the caller may not see the instance
   * @throws ForbiddenException if the caller may see it but not do this action
   * @throws InvalidRequestException for an unknown action, machine or script
   */
  Command requestCommand(Caller caller, long instanceId, CommandRequest request);

  /** The command once it ended, or as it is after {@code atMost}. */
  Command awaitEnd(long commandId, Duration atMost);
}
