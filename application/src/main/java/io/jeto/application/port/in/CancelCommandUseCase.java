package io.jeto.application.port.in;

import io.jeto.domain.command.Command;

/** Use case: stop a queued command at once, or a running one by signalling its processes. */
public interface CancelCommandUseCase {

  /**
   * @return the command as it is after the cancel was given; a running one ends shortly after
   * @throws InvalidRequestException if the command already ended
   */
  Command cancelCommand(Caller caller, long instanceId, long commandId);
}
