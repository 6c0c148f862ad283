package io.jeto.domain.port;

import io.jeto.domain.command.ConsoleLine;
import io.jeto.domain.command.ConsoleStream;
import java.util.List;

/**
 * Stores the console of each command, line by line, as the lines arrive.
 *
 * <p>Each command's console is capped: past the cap, lines from the middle are dropped and one
 * marker line, placed where they were, says how many bytes went, so that both the start of the
 * output and its latest lines are kept.
 */
public interface ConsoleRepository {

  /** A line about to be stored. */
  record NewLine(ConsoleStream stream, String text) {}

  /** Appends lines in one transaction, giving them increasing ids after those stored. */
  void append(long commandId, List<NewLine> lines);

  /** Up to {@code limit} lines with an id above {@code afterId}, in id order. */
  List<ConsoleLine> readAfter(long commandId, long afterId, int limit);
}
