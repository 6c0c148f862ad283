package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.MachineStatus;
import io.jeto.domain.instance.NewInstance;
import io.jeto.domain.project.Project;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiPersistenceTest {

  private static final Instant CHECKED_AT = Instant.parse("2024-05-17T08:30:12.123456789Z");

  @TempDir Path directory;

  @Test
  void givenNewFile_migrate_appliesScriptsOnceOnly() {
    JdbcConnectionPool pool =
        JdbcConnectionPool.create(JdbiPersistence.fileUrl(directory), "sa", "");

    int first = Migrations.apply(pool);
    int second = Migrations.apply(pool);

    pool.dispose();
    assertThat(first).isPositive();
    assertThat(second).isZero();
  }

  @Test
  void givenDatabaseOpenedBefore_open_appliesNothingAndKeepsHistory() {
    String url = JdbiPersistence.fileUrl(directory);
    JdbiPersistence.open(url).close();
    long history = new DatabaseProbe(url).count("\"flyway_schema_history\"");

    try (JdbiPersistence reopened = JdbiPersistence.open(url)) {

      assertThat(new DatabaseProbe(url).count("\"flyway_schema_history\"")).isEqualTo(history);
      assertThat(reopened.hosts().findAll()).isEmpty();
    }
  }

  @Test
  void givenMissingDirectory_open_createsDatabaseFileInIt() {
    Path dataDirectory = directory.resolve("var/lib/jeto");

    JdbiPersistence.open(JdbiPersistence.fileUrl(dataDirectory)).close();

    assertThat(dataDirectory.resolve("jeto.mv.db")).isRegularFile();
  }

  @Test
  void givenDirectory_fileUrl_namesJetoFileAndLeavesClosingToJeto() {
    Path dataDirectory = Path.of("/var/lib/jeto");

    String url = JdbiPersistence.fileUrl(dataDirectory);

    assertThat(url).isEqualTo("jdbc:h2:file:/var/lib/jeto/jeto;DB_CLOSE_ON_EXIT=FALSE");
  }

  @Test
  void givenDataStoredThenClosed_open_findsItAgain() {
    String url = JdbiPersistence.fileUrl(directory);
    Host host;
    Project project;
    Instance instance;
    long userId;
    try (JdbiPersistence first = JdbiPersistence.open(url)) {
      host = first.hosts().add(new NewHost("lxc-1", "lxc", Map.of("BRIDGE", "br0")));
      project = first.projects().add("shop", Optional.of("git@x:shop"), Optional.empty());
      instance = first.instances().add(newInstance(host, project), measuredStatus());
      userId =
          first
              .users()
              .addWithKey(
                  new NewUser("root", "root@example.org", Role.ADMIN),
                  new NewApiKey("first", "jeto_ab", "hash-root", Optional.empty()))
              .id();
      first.grants().add(new NewGrant(userId, GrantTarget.host(host.id()), Set.of(Action.VIEW)));
    }

    try (JdbiPersistence second = JdbiPersistence.open(url)) {

      assertThat(second.hosts().findAll()).containsExactly(host);
      assertThat(second.projects().findAll()).containsExactly(project);
      assertThat(second.instances().findAll()).containsExactly(instance);
      assertThat(second.users().findFirstAdministrator()).isPresent();
      assertThat(second.apiKeys().findActiveBySecretHash("hash-root")).isPresent();
      assertThat(second.grants().findByUser(userId)).hasSize(1);
    }
  }

  private static NewInstance newInstance(Host host, Project project) {
    return new NewInstance(
        "shop-dev",
        Path.of("/srv/shop/dev"),
        Optional.empty(),
        Optional.of("main"),
        "dev",
        host.id(),
        Optional.of(project.id()));
  }

  private static EnvironmentStatus measuredStatus() {
    MachineStatus web =
        new MachineStatus("web", Optional.of("10.0.3.15"), "running", "running", "lxc", CHECKED_AT);
    return EnvironmentStatus.measured(List.of(web), CHECKED_AT);
  }
}
