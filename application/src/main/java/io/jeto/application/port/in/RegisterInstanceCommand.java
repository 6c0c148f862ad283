package io.jeto.application.port.in;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Asks to manage an existing Vagrant environment found at a path.
 *
 * @param name the name users will know it by, 1 to 128 characters
 * @param hostId the host that runs it
 * @param environment the value exported as {@code ENVIRONMENT}
 * @param path the absolute directory holding the Vagrantfile, as the client wrote it
 * @param projectId the project it belongs to, if any
 */
public record RegisterInstanceCommand(
    String name, long hostId, String environment, String path, Optional<Long> projectId) {

  public RegisterInstanceCommand {
    requireNonNull(projectId, "'projectId' must not be null");
    FieldRules.name("name", name);
    FieldRules.text("environment", environment, FieldRules.SHORT_TEXT_LENGTH);
    if (path == null || path.isBlank()) {
      throw new InvalidRequestException("path", "is required");
    }
    FieldRules.text("path", path, FieldRules.LONG_TEXT_LENGTH);
  }
}
