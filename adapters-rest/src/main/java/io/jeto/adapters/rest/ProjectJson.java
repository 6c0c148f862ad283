package io.jeto.adapters.rest;

import io.jeto.domain.instance.SourceUrls;
import io.jeto.domain.project.Project;

/** The Project object of API.md. */
record ProjectJson(long id, String name, String gitAddress, String basePath) {

  static ProjectJson fromDomainModel(Project project) {
    return new ProjectJson(
        project.id(),
        project.name(),
        project.gitAddress().map(SourceUrls::withoutPassword).orElse(null),
        project.basePath().orElse(null));
  }
}
