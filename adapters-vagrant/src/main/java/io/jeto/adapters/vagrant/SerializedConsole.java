package io.jeto.adapters.vagrant;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.command.ConsoleSink;
import io.jeto.domain.command.ConsoleStream;
import java.lang.System.Logger.Level;

/**
 * Passes the lines of a process's two reader threads to one console, one call at a time, until it
 * is closed; the console itself then need not be thread-safe.
 */
final class SerializedConsole implements ConsoleSink {

  private static final System.Logger LOG = System.getLogger(SerializedConsole.class.getName());

  private final ConsoleSink console;
  private boolean closed;
  private boolean broken;

  SerializedConsole(ConsoleSink console) {
    this.console = requireNonNull(console, "'console' must not be null");
  }

  // A console that throws must not stop the readers: the pipes would fill and the process hang.
  @Override
  public synchronized void line(ConsoleStream stream, String text) {
    if (closed || broken) {
      return;
    }
    try {
      console.line(stream, text);
    } catch (RuntimeException e) {
      broken = true;
      LOG.log(Level.WARNING, "The console refused a line; the rest of the output is dropped", e);
    }
  }

  /** Drops every later line, such as those of a reader that was left behind. */
  synchronized void close() {
    closed = true;
  }
}
