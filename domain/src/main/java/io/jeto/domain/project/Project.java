package io.jeto.domain.project;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A group of instances made from one code base.
 *
 * @param id the identifier given when the project was stored
 * @param name the name users know it by
 * @param gitAddress the repository its instances are cloned from, if any
 * @param basePath the directory under which its environments lie, if any
 */
public record Project(
    long id, String name, Optional<String> gitAddress, Optional<String> basePath) {

  public Project {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(gitAddress, "'gitAddress' must not be null");
    requireNonNull(basePath, "'basePath' must not be null");
  }
}
