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

  /**
   * Replaces name, repository and base path.
   *
   * @return the changed project, empty if it is gone
   * @throws NameTakenException if another project has the same name
   */
  Optional<Project> update(Project project);

  /**
   * Removes a project and the grants on it, in one transaction. The caller makes sure that no
   * instance still belongs to it.
   *
   * @return false if there was no such project
   */
  boolean delete(long id);

  /** Every project, by identifier. */
  List<Project> findAll();
}
