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
import org.jdbi.v3.core.statement.StatementException;
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
    TestPersistence.open(url).close();
    long history = new DatabaseProbe(url).count("\"flyway_schema_history\"");

    try (JdbiPersistence reopened = TestPersistence.open(url)) {

      assertThat(new DatabaseProbe(url).count("\"flyway_schema_history\"")).isEqualTo(history);
      assertThat(reopened.hosts().findAll()).isEmpty();
    }
  }

  @Test
  void givenMissingDirectory_open_createsDatabaseFileInIt() {
    Path dataDirectory = directory.resolve("var/lib/jeto");

    TestPersistence.open(JdbiPersistence.fileUrl(dataDirectory)).close();

    assertThat(dataDirectory.resolve("jeto.mv.db")).isRegularFile();
  }

  @Test
  void givenDirectory_fileUrl_namesJetoFileAndLeavesClosingToJeto() {
    Path dataDirectory = Path.of("/var/lib/jeto");

    String url = JdbiPersistence.fileUrl(dataDirectory);

    assertThat(url)
        .isEqualTo("jdbc:h2:file:/var/lib/jeto/jeto" + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
  }

  @Test
  void givenDataStoredThenClosed_open_findsItAgain() {
    String url = JdbiPersistence.fileUrl(directory);
    Host host;
    Project project;
    Instance instance;
    long userId;
    try (JdbiPersistence first = TestPersistence.open(url)) {
      host = first.hosts().add(new NewHost("lxc-1", "lxc", Map.of("BRIDGE", "br0")));
      project = first.projects().add("shop", Optional.of("git@x:shop"), Optional.empty());
      instance = first.instances().add(newInstance(host, project), measuredStatus());
      userId =
          first
              .users()
              .addWithKey(
                  new NewUser("root", "root@example.org", Role.ADMIN),
                  NewApiKey.unrestricted("first", "jeto_ab", "hash-root"))
              .id();
      GrantTarget onHost = GrantTarget.host(host.id());
      first.grants().add(new NewGrant(Grantee.user(userId), onHost, Set.of(Action.VIEW), Set.of()));
    }

    try (JdbiPersistence second = TestPersistence.open(url)) {

      assertThat(second.hosts().findAll()).containsExactly(host);
      assertThat(second.projects().findAll()).containsExactly(project);
      assertThat(second.instances().findAll()).containsExactly(instance);
      assertThat(second.users().findFirstAdministrator()).isPresent();
      assertThat(second.apiKeys().findActiveBySecretHash("hash-root")).isPresent();
      assertThat(second.grants().findFor(userId, Set.of())).hasSize(1);
    }
  }

  @Test
  void givenDatabaseAtFirstVersion_open_keepsInstancesAsNotOwningTheirDirectory() {
    String url = JdbiPersistence.fileUrl(directory);
    migrateTo(url, "1");
    DatabaseProbe probe = new DatabaseProbe(url);
    probe.execute("INSERT INTO host (id, name, provider) VALUES (1, 'lxc-1', 'lxc')");
    probe.execute(
        "INSERT INTO instance (id, name, path, environment, host_id)"
            + " VALUES (7, 'legacy', '/srv/legacy', 'dev', 1)");

    try (JdbiPersistence migrated = TestPersistence.open(url)) {

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
    try (JdbiPersistence first = TestPersistence.open(url)) {
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

    try (JdbiPersistence second = TestPersistence.open(url)) {

      assertThat(second.commands().findById(command.id())).contains(command);
      assertThat(second.consoles(8 * 1024 * 1024).readAfter(command.id(), 0, 10))
          .containsExactly(new ConsoleLine(1, ConsoleStream.STDOUT, "up"));
    }
  }

  @Test
  void givenCapBelowMinimum_consoles_throws() {
    try (JdbiPersistence persistence = TestPersistence.open(JdbiPersistence.fileUrl(directory))) {

      assertThatThrownBy(() -> persistence.consoles(100))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void givenClearParamsOfEarlierVersion_open_encryptsThemAll() {
    String url = JdbiPersistence.fileUrl(directory);
    migrateTo(url, "2");
    DatabaseProbe probe = new DatabaseProbe(url);
    probe.execute("INSERT INTO host (id, name, provider) VALUES (1, 'aws', 'aws')");
    probe.execute("INSERT INTO host (id, name, provider) VALUES (2, 'lxc-1', 'lxc')");
    probe.execute(
        "INSERT INTO host_param (host_id, param_name, param_value) VALUES"
            + " (1, 'AWS_SECRET_ACCESS_KEY', 'legacy-S3cret-71a'), (1, 'REGION', 'eu-west-1'),"
            + " (2, 'EMPTY', ''), (2, 'PREFIXED', 'v2:not-encrypted-8b3')");

    try (JdbiPersistence opened = TestPersistence.open(url)) {

      assertThat(opened.hosts().findAll())
          .containsExactly(
              new Host(
                  1,
                  "aws",
                  "aws",
                  Map.of("AWS_SECRET_ACCESS_KEY", "legacy-S3cret-71a", "REGION", "eu-west-1")),
              new Host(2, "lxc-1", "lxc", Map.of("EMPTY", "", "PREFIXED", "v2:not-encrypted-8b3")));
    }
    assertThat(probe.strings("host_param", "param_value", "host_id, param_name"))
        .hasSize(4)
        .allMatch(value -> value.startsWith("v1:"));
    assertThat(probe.dump())
        .doesNotContain("legacy-S3cret-71a")
        .doesNotContain("eu-west-1")
        .doesNotContain("not-encrypted-8b3");
  }

  @Test
  void givenEncryptedParams_open_leavesThemAsTheyAre() {
    String url = JdbiPersistence.fileUrl(directory);
    try (JdbiPersistence first = TestPersistence.open(url)) {
      first.hosts().add(new NewHost("lxc-1", "lxc", Map.of("TOKEN", "t0k")));
    }
    DatabaseProbe probe = new DatabaseProbe(url);
    List<String> stored = probe.strings("host_param", "param_value", "host_id, param_name");

    try (JdbiPersistence reopened = TestPersistence.open(url)) {

      assertThat(probe.strings("host_param", "param_value", "host_id, param_name"))
          .isEqualTo(stored);
      assertThat(reopened.hosts().findAll())
          .singleElement()
          .satisfies(host -> assertThat(host.params()).containsEntry("TOKEN", "t0k"));
    }
  }

  @Test
  void givenParamsEncryptedWithAnotherKey_open_failsAndChangesNothing() {
    String url = JdbiPersistence.fileUrl(directory);
    try (JdbiPersistence first = TestPersistence.open(url)) {
      first.hosts().add(new NewHost("lxc-1", "lxc", Map.of("TOKEN", "t0k")));
    }
    DatabaseProbe probe = new DatabaseProbe(url);
    probe.execute(
        "INSERT INTO host_param (host_id, param_name, param_value)"
            + " SELECT id, 'LEGACY', 'clear-value-5e1' FROM host");
    String before = probe.dump();

    assertThatThrownBy(() -> JdbiPersistence.open(url, TestPersistence.OTHER_KEY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'TOKEN'")
        .hasMessageContaining("key")
        .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("t0k"));

    assertThat(probe.dump()).isEqualTo(before);
  }

  @Test
  void givenKeyOfWrongLength_open_throwsAndOpensNothing() {
    String url = JdbiPersistence.fileUrl(directory);

    assertThatThrownBy(() -> JdbiPersistence.open(url, new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32");

    assertThat(directory.resolve("jeto.mv.db")).doesNotExist();
  }

  @Test
  void givenGrantsOfEarlierVersion_open_keepsThemAsGrantsToTheirUsers() {
    String url = JdbiPersistence.fileUrl(directory);
    migrateTo(url, "2");
    DatabaseProbe probe = new DatabaseProbe(url);
    probe.execute(
        "INSERT INTO app_user (id, name, email, role)"
            + " VALUES (4, 'alice', 'a@example.org', 'user')");
    probe.execute(
        "INSERT INTO api_key (id, user_id, name, prefix, secret_hash)"
            + " VALUES (5, 4, 'first', 'jeto_ab', 'hash-a')");
    probe.execute(
        "INSERT INTO access_grant (id, user_id, target_kind, target_id)"
            + " VALUES (6, 4, 'PROJECT', 9)");
    probe.execute(
        "INSERT INTO access_grant_action (grant_id, action) VALUES (6, 'view'), (6, 'start')");

    try (JdbiPersistence migrated = TestPersistence.open(url)) {

      assertThat(migrated.grants().findFor(4, Set.of()))
          .containsExactly(
              new Grant(
                  6,
                  Grantee.user(4),
                  GrantTarget.project(9),
                  Set.of(Action.VIEW, Action.START),
                  Set.of()));
      assertThat(migrated.apiKeys().findById(5))
          .hasValueSatisfying(
              key -> {
                assertThat(key.actions()).isEmpty();
                assertThat(key.revokedAt()).isEmpty();
              });
    }
  }

  @Test
  void givenFailingInsert_statementException_showsNoBoundValue() {
    try (JdbiPersistence persistence = TestPersistence.open(JdbiPersistence.fileUrl(directory))) {
      NewInstance onMissingHost =
          new NewInstance(
              "bound-name-3c9",
              Path.of("/srv/bound-path-6d0"),
              Optional.of("https://user:bound-password-1f4@example.org/a.zip"),
              Optional.empty(),
              "dev",
              404,
              Optional.empty(),
              false);

      assertThatThrownBy(
              () -> persistence.instances().add(onMissingHost, EnvironmentStatus.unknown()))
          .isInstanceOf(StatementException.class)
          .satisfies(
              failure ->
                  assertThat(failure.getMessage())
                      .contains("INSERT INTO")
                      .doesNotContain("bound-name-3c9")
                      .doesNotContain("bound-path-6d0")
                      .doesNotContain("bound-password-1f4"));
    }
  }

  private static void migrateTo(String url, String version) {
    Flyway.configure()
        .dataSource(url, JdbiPersistence.DEFAULT_USER, JdbiPersistence.DEFAULT_PASSWORD)
        .locations("classpath:db/migration")
        .target(version)
        .load()
        .migrate();
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
