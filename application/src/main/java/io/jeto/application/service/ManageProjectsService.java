package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ConflictException;
import io.jeto.application.port.in.FieldRules;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.ManageProjectsUseCase;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.domain.access.Action;
import io.jeto.domain.instance.SourceUrls;
import io.jeto.domain.port.GitRepositories;
import io.jeto.domain.port.GitUnavailableException;
import io.jeto.domain.port.InstanceRepository;
import io.jeto.domain.port.ProjectRepository;
import io.jeto.domain.project.GitReference;
import io.jeto.domain.project.Project;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lists, shows and creates projects; a user sees the projects it holds a grant on. */
public final class ManageProjectsService implements ManageProjectsUseCase {

  private final ProjectRepository projects;
  private final InstanceRepository instances;
  private final GitRepositories git;
  private final AccessPolicy policy;
  private final AuditTrail audit;
  private final Duration gitTimeout;

  ManageProjectsService(
      ProjectRepository projects,
      InstanceRepository instances,
      GitRepositories git,
      AccessPolicy policy,
      Duration gitTimeout,
      AuditTrail audit) {
    this.projects = projects;
    this.instances = instances;
    this.git = git;
    this.policy = policy;
    this.gitTimeout = gitTimeout;
    this.audit = audit;
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
    requireFields(name, gitAddress, basePath);

    Project created = projects.add(name, gitAddress, basePath);

    record(caller, "create", created);
    return created;
  }

  @Override
  public Project updateProject(
      Caller caller,
      long projectId,
      String name,
      Optional<String> gitAddress,
      Optional<String> basePath) {
    getProject(caller, projectId);
    policy.requireAdministrator(caller);
    requireFields(name, gitAddress, basePath);

    Project updated =
        projects
            .update(new Project(projectId, name, gitAddress, basePath))
            .orElseThrow(() -> new NotFoundException("no project " + projectId));

    record(caller, "update", updated);
    return updated;
  }

  @Override
  public void deleteProject(Caller caller, long projectId) {
    getProject(caller, projectId);
    policy.requireAdministrator(caller);
    List<String> members =
        instances.findAll().stream()
            .filter(instance -> instance.projectId().equals(Optional.of(projectId)))
            .map(instance -> instance.name())
            .toList();
    if (!members.isEmpty()) {
      throw new ConflictException(
          "instances still belong to the project: " + String.join(", ", members));
    }
    Project project =
        projects
            .findById(projectId)
            .orElseThrow(() -> new NotFoundException("no project " + projectId));

    projects.delete(projectId);

    record(caller, "delete", project);
  }

  @Override
  public List<GitReference> gitReferences(Caller caller, long projectId) {
    Project project = getProject(caller, projectId);
    String address =
        project
            .gitAddress()
            .orElseThrow(() -> new InvalidRequestException("project", "has no git_address"));
    try {
      return git.references(address, gitTimeout);
    } catch (GitUnavailableException e) {
      throw new InvalidRequestException(
          "git_address", "the repository cannot be read: " + e.getMessage());
    }
  }

  private void record(Caller caller, String action, Project project) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("name", project.name());
    project
        .gitAddress()
        .ifPresent(address -> details.put("git_address", SourceUrls.withoutPassword(address)));
    project.basePath().ifPresent(path -> details.put("base_path", path));
    audit.record(
        caller,
        action,
        "project",
        Optional.of(project.id()),
        Optional.of(project.name()),
        details,
        AuditTrail.SUCCEEDED);
  }

  private static void requireFields(
      String name, Optional<String> gitAddress, Optional<String> basePath) {
    FieldRules.name("name", name);
    gitAddress.ifPresent(
        address -> FieldRules.text("git_address", address, FieldRules.LONG_TEXT_LENGTH));
    basePath.ifPresent(path -> FieldRules.text("base_path", path, FieldRules.LONG_TEXT_LENGTH));
  }
}
