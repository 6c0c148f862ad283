package io.jeto.application.port.in;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.command.Command;
import io.jeto.domain.command.ConsoleLine;
import java.util.List;

/**
 * A command with the console it captured so far.
 *
 * @param command the command
 * @param console its stored lines in order
 */
public record CommandDetails(Command command, List<ConsoleLine> console) {

  public CommandDetails {
    requireNonNull(command, "'command' must not be null");
    console = List.copyOf(requireNonNull(console, "'console' must not be null"));
  }
}
