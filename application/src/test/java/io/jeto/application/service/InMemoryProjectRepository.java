package io.jeto.application.service;

import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.port.ProjectRepository;
import io.jeto.domain.project.Project;
import java.util.List;
import java.util.Optional;

/** Test double: projects in memory, with the unique name of the real store and its cascade. */
final class InMemoryProjectRepository implements ProjectRepository {

  private final InMemoryTable<Project> table = new InMemoryTable<>();
  private final InMemoryGrantRepository grants;

  InMemoryProjectRepository(InMemoryGrantRepository grants) {
    this.grants = grants;
  }

  @Override
  public Project add(String name, Optional<String> gitAddress, Optional<String> basePath) {
    table.requireUniqueName("name", name, Project::name);
    return table.insert(id -> new Project(id, name, gitAddress, basePath));
  }

  @Override
  public Optional<Project> findById(long id) {
    return table.find(id);
  }

  @Override
  public List<Project> findAll() {
    return table.all();
  }

  @Override
  public Optional<Project> update(Project project) {
    return table.replaceNamed(project.id(), project, "name", Project::name);
  }

  @Override
  public boolean delete(long id) {
    grants.deleteOn(GrantTarget.project(id));
    return table.remove(id);
  }
}
