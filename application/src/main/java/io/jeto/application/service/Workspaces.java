package io.jeto.application.service;

import io.jeto.application.port.in.InvalidRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The directories Jeto creates for instances made from git or archives, under one base:
 * {@code <base>/<project>/<instance>/<reference>}.
 */
final class Workspaces {

  private final Path base;

  Workspaces(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  /** Where a new workspace goes; it must not exist yet, so that nothing is overwritten. */
  Path allocate(String project, String instance, String reference) {
    Path target = base.resolve(slug(project)).resolve(slug(instance)).resolve(slug(reference));
    if (Files.exists(target)) {
      throw new InvalidRequestException(
          "name", "an instance with this name and source already exists at " + target);
    }
    return target;
  }

  /**
   * Removes a workspace Jeto made, never following a link out of it, and the parent
   * directories it left empty.
   */
  void remove(Path workspace) {
    Path normalized = workspace.toAbsolutePath().normalize();
    if (!normalized.startsWith(base) || normalized.equals(base)) {
      throw new IllegalArgumentException("not a workspace of Jeto's: " + workspace);
    }
    try {
      // Also when the clone or download never made it: its parents may exist all the same.
      deleteTree(normalized);
      for (Path parent = normalized.getParent();
          parent != null && !parent.equals(base) && isEmptyDirectory(parent);
          parent = parent.getParent()) {
        Files.delete(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the workspace " + workspace, e);
    }
  }

  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[.-]+", "");
    return slug.isEmpty() ? "_" : slug;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    // walkFileTree does not follow links by default: a link is deleted, not its target.
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path directory, IOException failure)
              throws IOException {
            if (failure != null) {
              throw failure;
            }
            Files.delete(directory);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static boolean isEmptyDirectory(Path directory) throws IOException {
    try (var entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    }
  }
}
