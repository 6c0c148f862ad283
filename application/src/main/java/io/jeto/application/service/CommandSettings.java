package io.jeto.application.service;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.command.CommandAction;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How commands run: how many at once, how long each action may take, and where Jeto creates
 * workspaces.
 *
 * @param maxParallel how many commands of different instances may run at the same time
 * @param statusTimeout the limit for {@code status}
 * @param longTimeout the limit for {@code up}, {@code reload} and {@code provision}
 * @param otherTimeout the limit for every other action, clones and downloads included
 * @param workspaces the directory under which git and archive instances are created
 */
public record CommandSettings(
    int maxParallel,
    Duration statusTimeout,
    Duration longTimeout,
    Duration otherTimeout,
    Path workspaces) {

  public CommandSettings {
    if (maxParallel < 1) {
      throw new IllegalArgumentException("'maxParallel' must be at least 1");
    }
    requireNonNull(statusTimeout, "'statusTimeout' must not be null");
    requireNonNull(longTimeout, "'longTimeout' must not be null");
    requireNonNull(otherTimeout, "'otherTimeout' must not be null");
    requireNonNull(workspaces, "'workspaces' must not be null");
  }

  Duration timeoutOf(CommandAction action) {
    return switch (action) {
      case STATUS -> statusTimeout;
      case START, RELOAD, PROVISION -> longTimeout;
      default -> otherTimeout;
    };
  }
}
