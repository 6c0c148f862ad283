package io.jeto.domain.command;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How a process that a command ran ended.
 *
 * @param exitCode the exit code, or -1 when the process never started
 * @param timedOut the process ran past its timeout and was stopped
 * @param cancelled the process was stopped because the command was cancelled
 * @param failure what went wrong outside the process, such as a binary that does not exist
 */
public record CommandOutcome(
    int exitCode, boolean timedOut, boolean cancelled, Optional<String> failure) {

  public CommandOutcome {
    requireNonNull(failure, "'failure' must not be null");
  }

  public static CommandOutcome exited(int exitCode) {
    return new CommandOutcome(exitCode, false, false, Optional.empty());
  }

  public static CommandOutcome failedToRun(String failure) {
    return new CommandOutcome(-1, false, false, Optional.of(failure));
  }

  public boolean succeeded() {
    return exitCode == 0 && !timedOut && !cancelled && failure.isEmpty();
  }
}
