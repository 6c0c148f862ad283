package io.jeto.adapters.vagrant;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How one run of a command ended and what it printed.
 *
 * @param exitCode the process's exit code; -1 when it never started or could not be stopped
 * @param stdout what it printed on its standard output, decoded as UTF-8
 * @param stderr what it printed on its standard error, decoded as UTF-8
 * @param timedOut whether it ran past its time limit and was stopped
 * @param startFailure why the command could not be started, empty when it was
 * @param truncated whether either stream printed more than was kept
 */
public record ProcessOutcome(
    int exitCode,
    String stdout,
    String stderr,
    boolean timedOut,
    Optional<String> startFailure,
    boolean truncated) {

  public ProcessOutcome {
    requireNonNull(stdout, "'stdout' must not be null");
    requireNonNull(stderr, "'stderr' must not be null");
    requireNonNull(startFailure, "'startFailure' must not be null");
  }

  static ProcessOutcome notStarted(String reason) {
    return new ProcessOutcome(-1, "", "", false, Optional.of(reason), false);
  }
}
