package io.jeto.domain.instance;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A Vagrant environment that Jeto manages: a directory with a Vagrantfile on a host.
 *
 * @param id the identifier given when the instance was stored
 * @param name the name users know it by
 * @param path the absolute directory that holds the Vagrantfile
 * @param archiveUrl the archive the environment was created from, if any
 * @param gitReference the branch or tag the environment was created from, if any
 * @param environment the value exported as {@code ENVIRONMENT} to every Vagrant command
 * @param hostId the host whose provider and parameters every Vagrant command uses
 * @param projectId the project the instance belongs to, if any
 * @param workspaceOwned whether Jeto created the directory (from git or an archive), and so may
 *     remove it when the instance is destroyed
 * @param lastStatus the last measured status, so that lists answer without calling Vagrant
 */
public record Instance(
    long id,
    String name,
    Path path,
    Optional<String> archiveUrl,
    Optional<String> gitReference,
    String environment,
    long hostId,
    Optional<Long> projectId,
    boolean workspaceOwned,
    EnvironmentStatus lastStatus) {

  public Instance {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(path, "'path' must not be null");
    requireNonNull(archiveUrl, "'archiveUrl' must not be null");
    requireNonNull(gitReference, "'gitReference' must not be null");
    requireNonNull(environment, "'environment' must not be null");
    requireNonNull(projectId, "'projectId' must not be null");
    requireNonNull(lastStatus, "'lastStatus' must not be null");
  }

  public Instance withStatus(EnvironmentStatus status) {
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

  public Instance renamed(String newName, String newEnvironment) {
    return new Instance(
        id,
        newName,
        path,
        archiveUrl,
        gitReference,
        newEnvironment,
        hostId,
        projectId,
        workspaceOwned,
        lastStatus);
  }
}
