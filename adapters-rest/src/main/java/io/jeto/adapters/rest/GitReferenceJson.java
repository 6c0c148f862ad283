package io.jeto.adapters.rest;

import io.jeto.domain.project.GitReference;
import java.util.Locale;

/** A branch or tag of a project's repository. */
record GitReferenceJson(String name, String type, String commit) {

  static GitReferenceJson fromDomainModel(GitReference reference) {
    return new GitReferenceJson(
        reference.name(), reference.kind().name().toLowerCase(Locale.ROOT), reference.commit());
  }
}
