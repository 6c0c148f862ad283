package io.jeto.application.port.in;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.command.Command;
import io.jeto.domain.command.ConsoleLine;
import java.util.List;

/**
 * Console lines after a given one, with the command as it was just before they were read: when
 * it had ended and no line came back, the console is complete.
 *
 * @param command the command, read before the lines
 * @param lines the lines, in order
 */
public record ConsolePage(Command command, List<ConsoleLine> lines) {

  public ConsolePage {
    requireNonNull(command, "'command' must not be null");
    lines = List.copyOf(requireNonNull(lines, "'lines' must not be null"));
  }

  public boolean isComplete() {
    return command.state().isFinished() && lines.isEmpty();
  }
}
