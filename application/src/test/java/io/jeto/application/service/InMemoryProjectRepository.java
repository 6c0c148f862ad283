package io.jeto.application.service;

import io.jeto.domain.port.ProjectRepository;
import io.jeto.domain.project.Project;
import java.util.List;
import java.util.Optional;

/** Test double: projects in memory, with the unique name of the real store. */
final class InMemoryProjectRepository implements ProjectRepository {

  private final InMemoryTable<Project> table = new InMemoryTable<>();

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
}
