package io.jeto.domain.instance;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An instance about to be stored, before it has an identifier.
 *
 * @param name the name users know it by
 * @param path the absolute directory that holds the Vagrantfile
 * @param archiveUrl the archive the environment was created from, if any
 * @param gitReference the branch or tag the environment was created from, if any
 * @param environment the value exported as {@code ENVIRONMENT}
 * @param hostId the host it runs on
 * @param projectId the project it belongs to, if any
 * @param workspaceOwned whether Jeto creates the directory and may remove it
 */
public record NewInstance(
    String name,
    Path path,
    Optional<String> archiveUrl,
    Optional<String> gitReference,
    String environment,
    long hostId,
    Optional<Long> projectId,
    boolean workspaceOwned) {

  public NewInstance {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(path, "'path' must not be null");
    requireNonNull(archiveUrl, "'archiveUrl' must not be null");
    requireNonNull(gitReference, "'gitReference' must not be null");
    requireNonNull(environment, "'environment' must not be null");
    requireNonNull(projectId, "'projectId' must not be null");
  }

  /** The instance this becomes once stored under {@code id} with a first status. */
  public Instance toInstance(long id, EnvironmentStatus status) {
    return new Instance(
        id,
        name,
        path,
        archiveUrl,
        gitReference,
        environment,
        hostId,
        projectId,
        workspaceOwned,
        status);
  }
}
