package io.jeto.domain.port;

import io.jeto.domain.project.Project;
import java.util.List;
import java.util.Optional;

/** Stores projects. */
public interface ProjectRepository {

  /**
   * Stores a new project.
   *
   * @throws NameTakenException if another project has the same name
   */
  Project add(String name, Optional<String> gitAddress, Optional<String> basePath);

  Optional<Project> findById(long id);

  /** Every project, by identifier. */
  List<Project> findAll();
}
