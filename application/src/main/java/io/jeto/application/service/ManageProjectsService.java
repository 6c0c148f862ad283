package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.ManageProjectsUseCase;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.domain.access.Action;
import io.jeto.domain.project.Project;
import io.jeto.domain.port.ProjectRepository;
import java.util.List;
import java.util.Optional;

/** Lists, shows and creates projects; a user sees the projects it holds a grant on. */
public final class ManageProjectsService implements ManageProjectsUseCase {

  private static final int MAX_NAME_LENGTH = 128;

  private final ProjectRepository projects;
  private final AccessPolicy policy;

  ManageProjectsService(ProjectRepository projects, AccessPolicy policy) {
    this.projects = projects;
    this.policy = policy;
  }

  @Override
  public List<Project> listProjects(Caller caller) {
    CallerPermissions permissions = policy.permissionsOf(caller);
    return projects.findAll().stream()
        .filter(project -> permissions.allowsProject(Action.VIEW, project.id()))
        .toList();
  }

  @Override
  public Project getProject(Caller caller, long projectId) {
    CallerPermissions permissions = policy.permissionsOf(caller);
    return projects
        .findById(projectId)
        .filter(project -> permissions.allowsProject(Action.VIEW, project.id()))
        .orElseThrow(() -> new NotFoundException("no project " + projectId));
  }

  @Override
  public Project createProject(
      Caller caller, String name, Optional<String> gitAddress, Optional<String> basePath) {
    policy.requireAdministrator(caller);
    if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
      throw new InvalidRequestException("name", "must be 1 to 128 characters");
    }
    return projects.add(name, gitAddress, basePath);
  }
}
