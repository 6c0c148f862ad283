package io.jeto.domain.command;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One action on an instance, from the request until it ends, with who asked for it.
 *
 * @param id the identifier given when the command was stored
 * @param instanceId the instance it acts on
 * @param action what it does
 * @param machine the machine it is limited to, empty for all machines
 * @param script the {@code jeto.json} script it runs, for {@link CommandAction#RUN_SCRIPT}
 * @param state where it is in its life
 * @param exitCode the exit code of the process, once one ended
 * @param createdAt when it was requested
 * @param startedAt when it began to run
 * @param finishedAt when it ended
 * @param requestedBy the name of the user who asked for it
 */
public record Command(
    long id,
    long instanceId,
    CommandAction action,
    Optional<String> machine,
    Optional<String> script,
    CommandState state,
    Optional<Integer> exitCode,
    Instant createdAt,
    Optional<Instant> startedAt,
    Optional<Instant> finishedAt,
    String requestedBy) {

  public Command {
    requireNonNull(action, "'action' must not be null");
    requireNonNull(machine, "'machine' must not be null");
    requireNonNull(script, "'script' must not be null");
    requireNonNull(state, "'state' must not be null");
    requireNonNull(exitCode, "'exitCode' must not be null");
    requireNonNull(createdAt, "'createdAt' must not be null");
    requireNonNull(startedAt, "'startedAt' must not be null");
    requireNonNull(finishedAt, "'finishedAt' must not be null");
    requireNonNull(requestedBy, "'requestedBy' must not be null");
  }

  /** A short name for logs and consoles, such as {@code start web}. */
  public String describe() {
    return action.wireName()
        + script.map(name -> " " + name).orElse("")
        + machine.map(name -> " on " + name).orElse("");
  }
}
