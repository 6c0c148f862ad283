package io.jeto.application.port.in;

import io.jeto.domain.command.Command;
import java.time.Duration;
import java.util.List;

/** Use case: read the commands of an instance and follow their consoles. */
public interface ReadCommandsUseCase {

  /** Newest first. */
  List<Command> listCommands(Caller caller, long instanceId);

  /** @throws NotFoundException if the caller may not see the instance or there is no such */
  CommandDetails getCommand(Caller caller, long instanceId, long commandId);

  /** Up to {@code limit} lines after {@code afterId}. */
  ConsolePage readConsole(Caller caller, long instanceId, long commandId, long afterId, int limit);

  /** Returns when lines after {@code afterId} may have arrived or the command ended, at latest. */
  void awaitConsole(long commandId, Duration atMost);
}
