package io.jeto.application.port.in;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Asks for an action on an instance, as a client wrote it.
 *
 * @param action the action's name from API.md, such as {@code start} or {@code runScript}
 * @param machine the machine to limit it to, empty for all
 * @param script the {@code jeto.json} script, for {@code runScript}
 */
public record CommandRequest(String action, Optional<String> machine, Optional<String> script) {

  public CommandRequest {
    requireNonNull(machine, "'machine' must not be null");
    requireNonNull(script, "'script' must not be null");
    if (action == null || action.isBlank()) {
      throw new InvalidRequestException("action", "is required");
    }
  }
}
