package io.jeto.application.service;

import io.jeto.application.port.in.InvalidRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The directories under which instance paths may lie, and the check that keeps them there.
 *
 * <p>Paths are compared after every symbolic link is resolved, so that a link inside a root
 * cannot lead Vagrant to a directory outside it.
 */
public final class WorkspaceRoots {

  private static final List<String> VAGRANTFILE_NAMES = List.of("Vagrantfile", "vagrantfile");

  private final List<Path> roots;

  public WorkspaceRoots(List<Path> roots) {
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("at least one workspace root is needed");
    }
    this.roots = roots.stream().map(WorkspaceRoots::realOrNormalized).toList();
  }

  public List<Path> roots() {
    return roots;
  }

  /** The real directory for a client's path, or an error that names the {@code path} field. */
  Path admit(String rawPath) {
    Path real = realDirectory(rawPath);
    if (!insideRoots(real)) {
      throw new InvalidRequestException("path", "lies outside the directories Jeto may use");
    }
    // Vagrant climbs to a parent's Vagrantfile when a directory has none, which would let an
    // instance act on an environment it was never registered for.
    Path vagrantfile =
        VAGRANTFILE_NAMES.stream()
            .map(real::resolve)
            .filter(Files::isRegularFile)
            .findFirst()
            .orElseThrow(() -> new InvalidRequestException("path", "holds no Vagrantfile"));
    // A linked Vagrantfile would run Ruby code from outside the roots.
    if (!insideRoots(realPath(vagrantfile))) {
      throw new InvalidRequestException("path", "its Vagrantfile links outside the roots");
    }
    return real;
  }

  private boolean insideRoots(Path real) {
    return roots.stream().anyMatch(real::startsWith);
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw new InvalidRequestException("path", "its Vagrantfile cannot be read");
    }
  }

  private static Path realDirectory(String rawPath) {
    Path path;
    try {
      path = Path.of(rawPath);
    } catch (InvalidPathException e) {
      throw new InvalidRequestException("path", "is not a valid path");
    }
    if (!path.isAbsolute()) {
      throw new InvalidRequestException("path", "must be absolute");
    }
    try {
      Path real = path.toRealPath();
      if (!Files.isDirectory(real)) {
        throw new InvalidRequestException("path", "is not a directory");
      }
      return real;
    } catch (IOException e) {
      throw new InvalidRequestException("path", "does not exist");
    }
  }

  private static Path realOrNormalized(Path root) {
    try {
      return root.toRealPath();
    } catch (IOException e) {
      return root.toAbsolutePath().normalize();
    }
  }
}
