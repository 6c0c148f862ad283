package io.jeto.application.port.in;

import io.jeto.domain.project.GitReference;
import io.jeto.domain.project.Project;
import java.util.List;
import java.util.Optional;

/** Use case: list, show and create projects. */
public interface ManageProjectsUseCase {

  List<Project> listProjects(Caller caller);

  /** @throws NotFoundException if there is no such project or the caller may not see it */
  Project getProject(Caller caller, long projectId);

  /** @throws ForbiddenException unless the caller is an administrator */
  Project createProject(
      Caller caller, String name, Optional<String> gitAddress, Optional<String> basePath);

  /** @throws ForbiddenException unless the caller is an administrator */
  Project updateProject(
      Caller caller,
      long projectId,
      String name,
      Optional<String> gitAddress,
      Optional<String> basePath);

  /**
   * @throws ForbiddenException unless the caller is an administrator
   * @throws InvalidRequestException while instances still belong to the project
   */
  void deleteProject(Caller caller, long projectId);

  /**
   * The branches and tags of the project's repository.
   *
   * @throws InvalidRequestException if the project has no repository or it cannot be read
   */
  List<GitReference> gitReferences(Caller caller, long projectId);
}
