package io.jeto.domain.project;

import static java.util.Objects.requireNonNull;

/**
 * A branch or a tag of a project's repository.
 *
 * @param name the short name, such as {@code main} or {@code v1.2}
 * @param kind branch or tag
 * @param commit the commit it points at
 */
public record GitReference(String name, Kind kind, String commit) {

  /** Whether the reference is a branch or a tag. */
  public enum Kind {
    BRANCH,
    TAG
  }

  public GitReference {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(kind, "'kind' must not be null");
    requireNonNull(commit, "'commit' must not be null");
  }
}
