package io.jeto.adapters.vagrant;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One process to start: its arguments, where, with which added variables and for how long.
 *
 * @param command the program followed by its arguments, passed as they are, without a shell
 * @param directory the working directory
 * @param environment the variables added to the service's own environment, less its {@code JETO_}
 *     variables, replacing any of the same name
 * @param timeout how long the process may run before its whole tree is stopped
 */
record ProcessLaunch(
    List<String> command, Path directory, Map<String, String> environment, Duration timeout) {

  ProcessLaunch {
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
  }

  /** The program's name as the caller gave it, for messages. */
  String program() {
    return command.getFirst();
  }
}
