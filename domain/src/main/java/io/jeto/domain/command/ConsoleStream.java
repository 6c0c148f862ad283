package io.jeto.domain.command;

import java.util.Locale;

/** Where a console line came from: the process's two streams, or Jeto itself. */
public enum ConsoleStream {
  STDOUT,
  STDERR,
  /** Lines Jeto adds, such as a timeout notice or the marker of dropped output. */
  JETO;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
