package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.NewInstance;
import io.jeto.domain.port.NameTakenException;
import io.jeto.domain.project.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiProjectRepositoryTest {

  @TempDir Path directory;

  private JdbiPersistence persistence;
  private JdbiProjectRepository projects;
  private DatabaseProbe probe;

  @BeforeEach
  void openDatabase() {
    persistence = TestPersistence.open(JdbiPersistence.fileUrl(directory));
    projects = persistence.projects();
    probe = new DatabaseProbe(JdbiPersistence.fileUrl(directory));
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

  @Test
  void givenStoredProject_update_replacesNameRepositoryAndBasePath() {
    Project added = projects.add("shop", Optional.of("git@x:shop"), Optional.of("/srv/shop"));
    Project changed = new Project(added.id(), "store", Optional.empty(), Optional.of("/srv/st"));

    Optional<Project> updated = projects.update(changed);

    assertThat(updated).contains(changed);
    assertThat(projects.findById(added.id())).contains(changed);
  }

  @Test
  void givenOwnName_update_keepsIt() {
    Project added = projects.add("shop", Optional.empty(), Optional.empty());
    Project changed = new Project(added.id(), "shop", Optional.of("git@x:shop"), Optional.empty());

    Optional<Project> updated = projects.update(changed);

    assertThat(updated).contains(changed);
  }

  @Test
  void givenUnknownIdentifier_update_returnsEmptyAndChangesNothing() {
    Project added = projects.add("shop", Optional.empty(), Optional.empty());

    Optional<Project> updated =
        projects.update(new Project(added.id() + 1, "blog", Optional.empty(), Optional.empty()));

    assertThat(updated).isEmpty();
    assertThat(projects.findAll()).containsExactly(added);
  }

  @Test
  void givenNameOfAnotherProject_update_throwsNameTakenAndChangesNothing() {
    Project shop = projects.add("shop", Optional.empty(), Optional.empty());
    Project blog = projects.add("blog", Optional.empty(), Optional.of("/srv/blog"));
    Project clash = new Project(blog.id(), "shop", Optional.empty(), Optional.empty());

    assertThatThrownBy(() -> projects.update(clash))
        .hasMessageContaining("shop")
        .isInstanceOfSatisfying(
            NameTakenException.class, failure -> assertThat(failure.field()).isEqualTo("name"));

    assertThat(projects.findAll()).containsExactly(shop, blog);
  }

  @Test
  void givenProjectWithGrants_delete_removesItAndOnlyTheGrantsOnIt() {
    Project doomed = projects.add("shop", Optional.empty(), Optional.empty());
    Project kept = projects.add("blog", Optional.empty(), Optional.empty());
    long userId = addUser("alice");
    grant(userId, GrantTarget.project(doomed.id()));
    grant(userId, GrantTarget.project(kept.id()));
    grant(userId, GrantTarget.instance(doomed.id()));
    grant(userId, GrantTarget.host(doomed.id()));

    boolean deleted = projects.delete(doomed.id());

    assertThat(deleted).isTrue();
    assertThat(projects.findAll()).containsExactly(kept);
    assertThat(persistence.grants().findFor(userId, Set.of()))
        .extracting(Grant::target)
        .containsExactlyInAnyOrder(
            GrantTarget.project(kept.id()),
            GrantTarget.instance(doomed.id()),
            GrantTarget.host(doomed.id()));
    assertThat(probe.count("access_grant_action")).isEqualTo(3);
  }

  @Test
  void givenUnknownIdentifier_delete_returnsFalseAndKeepsGrants() {
    Project kept = projects.add("shop", Optional.empty(), Optional.empty());
    long userId = addUser("alice");
    grant(userId, GrantTarget.project(kept.id() + 1));

    boolean deleted = projects.delete(kept.id() + 1);

    assertThat(deleted).isFalse();
    assertThat(projects.findAll()).containsExactly(kept);
    assertThat(persistence.grants().findFor(userId, Set.of())).hasSize(1);
  }

  @Test
  void givenInstanceLeftInProject_delete_throwsAndChangesNothing() {
    Project project = projects.add("shop", Optional.empty(), Optional.empty());
    long hostId = persistence.hosts().add(new NewHost("lxc-1", "lxc", Map.of())).id();
    Instance instance =
        persistence
            .instances()
            .add(
                new NewInstance(
                    "shop-dev",
                    Path.of("/srv/shop/dev"),
                    Optional.empty(),
                    Optional.empty(),
                    "dev",
                    hostId,
                    Optional.of(project.id()),
                    true),
                EnvironmentStatus.unknown());
    long userId = addUser("alice");
    grant(userId, GrantTarget.project(project.id()));

    assertThatThrownBy(() -> projects.delete(project.id())).isInstanceOf(JdbiException.class);

    assertThat(projects.findAll()).containsExactly(project);
    assertThat(persistence.instances().findAll()).containsExactly(instance);
    assertThat(persistence.grants().findFor(userId, Set.of()))
        .extracting(Grant::target)
        .containsExactly(GrantTarget.project(project.id()));
  }

  private long addUser(String name) {
    return persistence
        .users()
        .addWithKey(
            new NewUser(name, name + "@example.org", Role.USER),
            NewApiKey.unrestricted("first", "jeto_" + name, "hash-" + name))
        .id();
  }

  private void grant(long userId, GrantTarget target) {
    persistence
        .grants()
        .add(new NewGrant(Grantee.user(userId), target, Set.of(Action.VIEW), Set.of()));
  }
}
