package io.jeto.domain.command;

import static java.util.Objects.requireNonNull;

/**
 * One stored line of a command's console.
 *
 * @param id increasing within the command, so that a client can resume after the last it saw
 * @param stream where the line came from
 * @param text the line without its end, ANSI colour codes kept
 */
public record ConsoleLine(long id, ConsoleStream stream, String text) {

  public ConsoleLine {
    requireNonNull(stream, "'stream' must not be null");
    requireNonNull(text, "'text' must not be null");
  }
}
