package io.jeto.application.service;

import io.jeto.domain.port.NameTakenException;
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

  @Override
  public Optional<Project> update(Project project) {
    if (table.find(project.id()).isEmpty()) {
      return Optional.empty();
    }
    table.all().stream()
        .filter(other -> other.id() != project.id() && other.name().equals(project.name()))
        .findFirst()
        .ifPresent(
            other -> {
              throw new NameTakenException("name", project.name());
            });
    table.replace(project.id(), old -> project);
    return Optional.of(project);
  }

  @Override
  public boolean delete(long id) {
    return table.remove(id);
  }
}
