package io.jeto.adapters.vagrant;

import io.jeto.domain.command.ConsoleSink;
import io.jeto.domain.command.ConsoleStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A console that keeps every line, for tests to look at while or after a command runs. */
final class RecordingConsole implements ConsoleSink {

  /** One line as the console received it. */
  record Line(ConsoleStream stream, String text) {}

  private final List<Line> lines = new ArrayList<>();

  @Override
  public synchronized void line(ConsoleStream stream, String text) {
    lines.add(new Line(stream, text));
  }

  synchronized List<Line> lines() {
    return List.copyOf(lines);
  }

  synchronized List<String> texts(ConsoleStream stream) {
    return lines.stream().filter(line -> line.stream() == stream).map(Line::text).toList();
  }

  synchronized boolean has(Predicate<String> text) {
    return lines.stream().map(Line::text).anyMatch(text);
  }

  /** Waits until a line matches, for at most ten seconds. */
  void await(Predicate<String> text) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!has(text)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no such console line in " + lines());
      }
      Thread.sleep(10);
    }
  }
}
