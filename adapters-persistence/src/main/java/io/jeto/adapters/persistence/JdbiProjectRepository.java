package io.jeto.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.port.NameTakenException;
import io.jeto.domain.port.ProjectRepository;
import io.jeto.domain.project.Project;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/** Stores projects in the project table. */
public final class JdbiProjectRepository implements ProjectRepository {

  private static final String NAME_CONSTRAINT = "uq_project_name";

  private final Jdbi jdbi;

  public JdbiProjectRepository(Jdbi jdbi) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
  }

  @Override
  public Project add(String name, Optional<String> gitAddress, Optional<String> basePath) {
    try {
      long id =
          jdbi.inTransaction(
              handle ->
                  handle
                      .createUpdate(
                          "INSERT INTO project (name, git_address, base_path)"
                              + " VALUES (:name, :gitAddress, :basePath)")
                      .bind("name", name)
                      .bind("gitAddress", gitAddress.orElse(null))
                      .bind("basePath", basePath.orElse(null))
                      .executeAndReturnGeneratedKeys("id")
                      .mapTo(Long.class)
                      .one());
      return new Project(id, name, gitAddress, basePath);
    } catch (StatementException failure) {
      if (UniqueViolation.of(failure, NAME_CONSTRAINT)) {
        throw new NameTakenException("name", name);
      }
      throw failure;
    }
  }

  @Override
  public Optional<Project> findById(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT id, name, git_address, base_path FROM project WHERE id = :id")
                .bind("id", id)
                .map(new ProjectMapper())
                .findOne());
  }

  @Override
  public Optional<Project> update(Project project) {
    try {
      int updated =
          jdbi.inTransaction(
              handle ->
                  handle
                      .createUpdate(
                          "UPDATE project SET name = :name, git_address = :gitAddress,"
                              + " base_path = :basePath WHERE id = :id")
                      .bind("name", project.name())
                      .bind("gitAddress", project.gitAddress().orElse(null))
                      .bind("basePath", project.basePath().orElse(null))
                      .bind("id", project.id())
                      .execute());
      return updated > 0 ? Optional.of(project) : Optional.empty();
    } catch (StatementException failure) {
      if (UniqueViolation.of(failure, NAME_CONSTRAINT)) {
        throw new NameTakenException("name", project.name());
      }
      throw failure;
    }
  }

  /**
   * Deletes the project, then the grants on it. An instance still in the project makes the
   * foreign key fail the statement, which rolls back the whole transaction.
   *
   * @throws StatementException if an instance still belongs to the project
   */
  @Override
  public boolean delete(long id) {
    return jdbi.inTransaction(
        handle -> {
          int deleted =
              handle.createUpdate("DELETE FROM project WHERE id = :id").bind("id", id).execute();
          if (deleted == 0) {
            return false;
          }
          JdbiGrantRepository.deleteByTarget(handle, GrantTarget.project(id));
          return true;
        });
  }

  @Override
  public List<Project> findAll() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT id, name, git_address, base_path FROM project ORDER BY id")
                .map(new ProjectMapper())
                .list());
  }
}
