package io.jeto.application.port.in;

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
}
