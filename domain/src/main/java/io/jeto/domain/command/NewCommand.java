package io.jeto.domain.command;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A command about to be stored as queued.
 *
 * @param instanceId the instance it acts on
 * @param action what it does
 * @param machine the machine it is limited to, empty for all machines
 * @param script the script it runs, for {@link CommandAction#RUN_SCRIPT}
 * @param requestedBy the name of the user who asked for it
 * @param createdAt when it was requested
 */
public record NewCommand(
    long instanceId,
    CommandAction action,
    Optional<String> machine,
    Optional<String> script,
    String requestedBy,
    Instant createdAt) {

  public NewCommand {
    requireNonNull(action, "'action' must not be null");
    requireNonNull(machine, "'machine' must not be null");
    requireNonNull(script, "'script' must not be null");
    requireNonNull(requestedBy, "'requestedBy' must not be null");
    requireNonNull(createdAt, "'createdAt' must not be null");
  }
}
