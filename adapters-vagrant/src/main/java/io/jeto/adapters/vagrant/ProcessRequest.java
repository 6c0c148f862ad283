package io.jeto.adapters.vagrant;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One command to run: its arguments, where, with which added variables and within which limits.
 *
 * @param command the program followed by its arguments, passed as they are, without a shell
 * @param directory the working directory, which also becomes {@code VAGRANT_CWD}
 * @param environment the variables added to the service's own environment, less its {@code JETO_}
 *     variables
 * @param timeout how long the command may run before its whole process tree is stopped
 * @param maxCapturedBytes how much of each output stream is kept; the rest is read and dropped
 */
public record ProcessRequest(
    List<String> command,
    Path directory,
    Map<String, String> environment,
    Duration timeout,
    int maxCapturedBytes) {

  public ProcessRequest {
    command = List.copyOf(requireNonNull(command, "'command' must not be null"));
    if (command.isEmpty()) {
      throw new IllegalArgumentException("'command' must name a program");
    }
    requireNonNull(directory, "'directory' must not be null");
    environment = Map.copyOf(requireNonNull(environment, "'environment' must not be null"));
    requireNonNull(timeout, "'timeout' must not be null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("'timeout' must be positive, was " + timeout);
    }
    if (maxCapturedBytes <= 0) {
      throw new IllegalArgumentException(
          "'maxCapturedBytes' must be positive, was " + maxCapturedBytes);
    }
  }

  /** The program's name as the caller gave it, for messages. */
  public String program() {
    return command.getFirst();
  }
}
