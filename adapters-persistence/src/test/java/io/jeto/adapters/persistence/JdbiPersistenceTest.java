package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandAction;
import io.jeto.domain.command.ConsoleLine;
import io.jeto.domain.command.ConsoleStream;
import io.jeto.domain.command.NewCommand;
import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.MachineStatus;
import io.jeto.domain.instance.NewInstance;
import io.jeto.domain.port.ConsoleRepository.NewLine;
import io.jeto.domain.project.Project;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
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

  @Test
  void givenDatabaseAtFirstVersion_open_keepsInstancesAsNotOwningTheirDirectory() {
    String url = JdbiPersistence.fileUrl(directory);
    Flyway.configure()
        .dataSource(url, JdbiPersistence.DEFAULT_USER, JdbiPersistence.DEFAULT_PASSWORD)
        .locations("classpath:db/migration")
        .target("1")
        .load()
        .migrate();
    Jdbi.create(url, JdbiPersistence.DEFAULT_USER, JdbiPersistence.DEFAULT_PASSWORD)
        .useHandle(
            handle -> {
              handle.execute("INSERT INTO host (id, name, provider) VALUES (1, 'lxc-1', 'lxc')");
              handle.execute(
                  "INSERT INTO instance (id, name, path, environment, host_id)"
                      + " VALUES (7, 'legacy', '/srv/legacy', 'dev', 1)");
            });

    try (JdbiPersistence migrated = JdbiPersistence.open(url)) {

      assertThat(migrated.instances().findById(7))
          .hasValueSatisfying(
              instance -> {
                assertThat(instance.name()).isEqualTo("legacy");
                assertThat(instance.workspaceOwned()).isFalse();
              });
      assertThat(migrated.commands().findByInstance(7)).isEmpty();
    }
  }

  @Test
  void givenCommandAndConsoleStoredThenClosed_open_findsThemAgain() {
    String url = JdbiPersistence.fileUrl(directory);
    Command command;
    try (JdbiPersistence first = JdbiPersistence.open(url)) {
      Host host = first.hosts().add(new NewHost("lxc-1", "lxc", Map.of()));
      Project project = first.projects().add("shop", Optional.empty(), Optional.empty());
      Instance instance = first.instances().add(newInstance(host, project), measuredStatus());
      command =
          first
              .commands()
              .add(
                  new NewCommand(
                      instance.id(),
                      CommandAction.START,
                      Optional.of("web"),
                      Optional.empty(),
                      "root",
                      CHECKED_AT));
      first
          .consoles(JdbiConsoleRepository.MIN_BYTES_PER_COMMAND)
          .append(command.id(), List.of(new NewLine(ConsoleStream.STDOUT, "up")));
    }

    try (JdbiPersistence second = JdbiPersistence.open(url)) {

      assertThat(second.commands().findById(command.id())).contains(command);
      assertThat(second.consoles(8 * 1024 * 1024).readAfter(command.id(), 0, 10))
          .containsExactly(new ConsoleLine(1, ConsoleStream.STDOUT, "up"));
    }
  }

  @Test
  void givenCapBelowMinimum_consoles_throws() {
    try (JdbiPersistence persistence = JdbiPersistence.open(JdbiPersistence.fileUrl(directory))) {

      assertThatThrownBy(() -> persistence.consoles(100))
          .isInstanceOf(IllegalArgumentException.class);
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
        Optional.of(project.id()),
        true);
  }

  private static EnvironmentStatus measuredStatus() {
    MachineStatus web =
        new MachineStatus("web", Optional.of("10.0.3.15"), "running", "running", "lxc", CHECKED_AT);
    return EnvironmentStatus.measured(List.of(web), CHECKED_AT);
  }
}
