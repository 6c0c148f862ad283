package io.jeto.application.port.in;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Asks for a new environment made by Jeto, from a project's repository or from an archive.
 *
 * @param name the name users will know it by
 * @param hostId the host that runs it
 * @param environment the value exported as {@code ENVIRONMENT}
 * @param projectId the project; required for a git reference
 * @param gitReference the branch or tag to clone, or empty for an archive
 * @param archiveUrl the archive to download, or empty for a git reference
 */
public record CreateInstanceCommand(
    String name,
    long hostId,
    String environment,
    Optional<Long> projectId,
    Optional<String> gitReference,
    Optional<String> archiveUrl) {

  public CreateInstanceCommand {
    requireNonNull(projectId, "'projectId' must not be null");
    requireNonNull(gitReference, "'gitReference' must not be null");
    requireNonNull(archiveUrl, "'archiveUrl' must not be null");
    FieldRules.name("name", name);
    FieldRules.text("environment", environment, FieldRules.SHORT_TEXT_LENGTH);
    gitReference.ifPresent(
        reference -> FieldRules.text("git_reference", reference, FieldRules.SHORT_TEXT_LENGTH));
    archiveUrl.ifPresent(url -> FieldRules.text("archive_url", url, FieldRules.LONG_TEXT_LENGTH));
    if (gitReference.isPresent() == archiveUrl.isPresent()) {
      throw new InvalidRequestException(
          "git_reference", "give either git_reference or archive_url");
    }
  }
}
