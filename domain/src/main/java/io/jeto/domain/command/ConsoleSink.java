package io.jeto.domain.command;

/** Receives a running process's output, line by line, in the order it arrives. */
@FunctionalInterface
public interface ConsoleSink {

  void line(ConsoleStream stream, String text);
}
