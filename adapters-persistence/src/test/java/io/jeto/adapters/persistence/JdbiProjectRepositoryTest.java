package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.domain.port.NameTakenException;
import io.jeto.domain.project.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiProjectRepositoryTest {

  @TempDir Path directory;

  private JdbiPersistence persistence;
  private JdbiProjectRepository projects;

  @BeforeEach
  void openDatabase() {
    persistence = JdbiPersistence.open(JdbiPersistence.fileUrl(directory));
    projects = persistence.projects();
  }

  @AfterEach
  void closeDatabase() {
    persistence.close();
  }

  @Test
  void givenGitAddressAndBasePath_add_storesBoth() {
    Optional<String> gitAddress = Optional.of("https://git.example.org/shop.git");
    Optional<String> basePath = Optional.of("/srv/shop");

    Project added = projects.add("shop", gitAddress, basePath);

    assertThat(projects.findById(added.id()))
        .contains(new Project(added.id(), "shop", gitAddress, basePath));
  }

  @Test
  void givenNeitherGitAddressNorBasePath_add_storesThemEmpty() {
    Project added = projects.add("blog", Optional.empty(), Optional.empty());

    Optional<Project> found = projects.findById(added.id());

    assertThat(found).contains(new Project(added.id(), "blog", Optional.empty(), Optional.empty()));
  }

  @Test
  void givenSeveralProjects_findAll_returnsThemByIdentifier() {
    Project first = projects.add("shop", Optional.of("git@example.org:shop"), Optional.empty());
    Project second = projects.add("blog", Optional.empty(), Optional.of("/srv/blog"));

    List<Project> all = projects.findAll();

    assertThat(all).containsExactly(first, second);
  }

  @Test
  void givenUnknownIdentifier_findById_returnsEmpty() {
    Optional<Project> found = projects.findById(42);

    assertThat(found).isEmpty();
  }

  @Test
  void givenTakenName_add_throwsNameTakenAndStoresNothing() {
    Project existing = projects.add("shop", Optional.empty(), Optional.empty());

    assertThatThrownBy(() -> projects.add("shop", Optional.of("git@x:y"), Optional.empty()))
        .hasMessageContaining("shop")
        .isInstanceOfSatisfying(
            NameTakenException.class, failure -> assertThat(failure.field()).isEqualTo("name"));

    assertThat(projects.findAll()).containsExactly(existing);
  }
}
