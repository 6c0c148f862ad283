package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import io.jeto.domain.command.CommandAction;
import io.jeto.domain.command.ConsoleStream;
import io.jeto.domain.command.NewCommand;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.MachineStatus;
import io.jeto.domain.instance.NewInstance;
import io.jeto.domain.port.ConsoleRepository.NewLine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiInstanceRepositoryTest {

  /** Nanoseconds included, to show that instants come back exactly. */
  private static final Instant CHECKED_AT = Instant.parse("2024-05-17T08:30:12.123456789Z");

  private static final Instant LATER = Instant.parse("2024-05-17T09:00:00.000000001Z");

  @TempDir Path directory;

  private JdbiPersistence persistence;
  private JdbiInstanceRepository instances;
  private long hostId;
  private long projectId;

  @BeforeEach
  void openDatabase() {
    persistence = TestPersistence.open(JdbiPersistence.fileUrl(directory));
    instances = persistence.instances();
    hostId = persistence.hosts().add(new NewHost("lxc-1", "lxc", Map.of())).id();
    projectId = persistence.projects().add("shop", Optional.empty(), Optional.empty()).id();
  }

  @AfterEach
  void closeDatabase() {
    persistence.close();
  }

  @Test
  void givenMeasuredStatus_add_storesInstanceWithMachinesInOrder() {
    EnvironmentStatus status =
        EnvironmentStatus.measured(
            List.of(
                machine("web", Optional.of("10.0.3.15"), "running"),
                machine("db", Optional.empty(), "not_created"),
                machine("cache", Optional.empty(), "stopped")),
            CHECKED_AT);

    Instance added = instances.add(shopInstance("shop-dev"), status);

    assertThat(instances.findById(added.id())).contains(added);
    assertThat(added.lastStatus()).isEqualTo(status);
  }

  @Test
  void givenOptionalFieldsPresent_add_storesThem() {
    NewInstance instance =
        new NewInstance(
            "shop-qa",
            Path.of("/srv/shop/qa"),
            Optional.of("https://example.org/shop.tar.gz"),
            Optional.of("release-2.1"),
            "qa",
            hostId,
            Optional.of(projectId),
            true);

    Instance added = instances.add(instance, EnvironmentStatus.unknown());

    assertThat(instances.findById(added.id()))
        .contains(
            new Instance(
                added.id(),
                "shop-qa",
                Path.of("/srv/shop/qa"),
                Optional.of("https://example.org/shop.tar.gz"),
                Optional.of("release-2.1"),
                "qa",
                hostId,
                Optional.of(projectId),
                true,
                EnvironmentStatus.unknown()));
  }

  @Test
  void givenFailedStatus_add_storesErrorAndNoMachines() {
    EnvironmentStatus failed = EnvironmentStatus.failed("Vagrantfile: syntax error", CHECKED_AT);

    Instance added = instances.add(shopInstance("broken"), failed);

    assertThat(instances.findById(added.id()).map(Instance::lastStatus)).contains(failed);
  }

  @Test
  void givenMachineTooLongToStore_add_storesNoInstance() {
    String tooLong = "m".repeat(300);
    EnvironmentStatus status =
        EnvironmentStatus.measured(
            List.of(
                machine("web", Optional.empty(), "running"),
                machine(tooLong, Optional.empty(), "running")),
            CHECKED_AT);

    assertThatThrownBy(() -> instances.add(shopInstance("shop-dev"), status))
        .isInstanceOf(JdbiException.class);

    DatabaseProbe probe = new DatabaseProbe(JdbiPersistence.fileUrl(directory));
    assertThat(instances.findAll()).isEmpty();
    assertThat(probe.count("machine_status")).isZero();
  }

  @Test
  void givenSeveralInstances_findAll_returnsEachWithItsOwnStatusByIdentifier() {
    Instance first =
        instances.add(
            shopInstance("one"),
            EnvironmentStatus.measured(
                List.of(
                    machine("a", Optional.empty(), "running"),
                    machine("b", Optional.empty(), "running")),
                CHECKED_AT));
    Instance second = instances.add(shopInstance("two"), EnvironmentStatus.unknown());
    Instance third =
        instances.add(shopInstance("three"), EnvironmentStatus.failed("no vagrant", CHECKED_AT));

    List<Instance> all = instances.findAll();

    assertThat(all).containsExactly(first, second, third);
  }

  @Test
  void givenStoredMachines_updateStatus_replacesMachinesAndTime() {
    Instance added =
        instances.add(
            shopInstance("shop-dev"),
            EnvironmentStatus.measured(
                List.of(
                    machine("web", Optional.empty(), "not_created"),
                    machine("db", Optional.empty(), "not_created")),
                CHECKED_AT));
    MachineStatus web =
        new MachineStatus("web", Optional.of("10.0.3.20"), "running", "running", "lxc", LATER);
    EnvironmentStatus later = EnvironmentStatus.measured(List.of(web), LATER);

    instances.updateStatus(added.id(), later);

    assertThat(instances.findById(added.id())).contains(added.withStatus(later));
  }

  @Test
  void givenStoredError_updateStatus_clearsErrorWhenMeasured() {
    Instance added =
        instances.add(shopInstance("shop-dev"), EnvironmentStatus.failed("timeout", CHECKED_AT));
    EnvironmentStatus measured =
        EnvironmentStatus.measured(List.of(machine("web", Optional.empty(), "running")), LATER);

    instances.updateStatus(added.id(), measured);

    assertThat(instances.findById(added.id()).map(Instance::lastStatus)).contains(measured);
  }

  @Test
  void givenStoredMachines_updateStatusWithFailure_removesMachines() {
    Instance added =
        instances.add(
            shopInstance("shop-dev"),
            EnvironmentStatus.measured(
                List.of(machine("web", Optional.empty(), "running")), CHECKED_AT));
    EnvironmentStatus failed = EnvironmentStatus.failed("vagrant not found", LATER);

    instances.updateStatus(added.id(), failed);

    DatabaseProbe probe = new DatabaseProbe(JdbiPersistence.fileUrl(directory));
    assertThat(instances.findById(added.id()).map(Instance::lastStatus)).contains(failed);
    assertThat(probe.count("machine_status")).isZero();
  }

  @Test
  void givenMachineTooLongToStore_updateStatus_keepsPreviousStatus() {
    Instance added =
        instances.add(
            shopInstance("shop-dev"),
            EnvironmentStatus.measured(
                List.of(machine("web", Optional.empty(), "running")), CHECKED_AT));
    EnvironmentStatus unstorable =
        EnvironmentStatus.measured(
            List.of(machine("m".repeat(300), Optional.empty(), "running")), LATER);

    assertThatThrownBy(() -> instances.updateStatus(added.id(), unstorable))
        .isInstanceOf(JdbiException.class);

    assertThat(instances.findById(added.id())).contains(added);
  }

  @Test
  void givenUnknownIdentifier_updateStatus_doesNothing() {
    Instance added = instances.add(shopInstance("shop-dev"), EnvironmentStatus.unknown());
    EnvironmentStatus status =
        EnvironmentStatus.measured(List.of(machine("web", Optional.empty(), "running")), LATER);

    instances.updateStatus(added.id() + 1, status);

    DatabaseProbe probe = new DatabaseProbe(JdbiPersistence.fileUrl(directory));
    assertThat(instances.findAll()).containsExactly(added);
    assertThat(probe.count("machine_status")).isZero();
  }

  @Test
  void givenUnknownIdentifier_findById_returnsEmpty() {
    Optional<Instance> found = instances.findById(123);

    assertThat(found).isEmpty();
  }

  @Test
  void givenStoredInstance_rename_changesNameAndEnvironmentOnly() {
    Instance added =
        instances.add(
            shopInstance("shop-dev"),
            EnvironmentStatus.measured(
                List.of(machine("web", Optional.empty(), "running")), CHECKED_AT));

    Optional<Instance> renamed = instances.rename(added.id(), "shop-staging", "staging");

    assertThat(renamed).contains(added.renamed("shop-staging", "staging"));
    assertThat(instances.findById(added.id())).isEqualTo(renamed);
  }

  @Test
  void givenUnknownIdentifier_rename_returnsEmptyAndChangesNothing() {
    Instance added = instances.add(shopInstance("shop-dev"), EnvironmentStatus.unknown());

    Optional<Instance> renamed = instances.rename(added.id() + 1, "other", "qa");

    assertThat(renamed).isEmpty();
    assertThat(instances.findAll()).containsExactly(added);
  }

  @Test
  void givenInstanceWithEverything_delete_leavesNoRowOfItAndKeepsTheOthers() {
    Instance doomed = instanceWithEverything("doomed");
    Instance kept = instanceWithEverything("kept");
    long userId = addUser("carol");
    grant(userId, GrantTarget.project(doomed.id()));
    grant(userId, GrantTarget.host(doomed.id()));
    DatabaseProbe probe = new DatabaseProbe(JdbiPersistence.fileUrl(directory));
    Map<String, Long> before = counts(probe);

    boolean deleted = instances.delete(doomed.id());

    assertThat(deleted).isTrue();
    assertThat(instances.findAll()).containsExactly(kept);
    assertThat(persistence.commands().findByInstance(doomed.id())).isEmpty();
    assertThat(counts(probe))
        .containsEntry("instance", before.get("instance") - 1)
        .containsEntry("machine_status", before.get("machine_status") - 2)
        .containsEntry("command", before.get("command") - 2)
        .containsEntry("console_meta", before.get("console_meta") - 2)
        .containsEntry("console_line", before.get("console_line") - 5)
        .containsEntry("access_grant", before.get("access_grant") - 1)
        .containsEntry("access_grant_action", before.get("access_grant_action") - 2);
    assertThat(orphans(probe)).isZero();
    assertThat(persistence.grants().findFor(userId, Set.of()))
        .extracting(grant -> grant.target())
        .containsExactlyInAnyOrder(GrantTarget.project(doomed.id()), GrantTarget.host(doomed.id()));
  }

  @Test
  void givenUnknownIdentifier_delete_returnsFalseAndDeletesNothing() {
    Instance kept = instanceWithEverything("kept");
    DatabaseProbe probe = new DatabaseProbe(JdbiPersistence.fileUrl(directory));
    Map<String, Long> before = counts(probe);

    boolean deleted = instances.delete(kept.id() + 1);

    assertThat(deleted).isFalse();
    assertThat(counts(probe)).isEqualTo(before);
  }

  /** An instance with two machines, two commands with consoles and a grant of two actions. */
  private Instance instanceWithEverything(String name) {
    Instance instance =
        instances.add(
            shopInstance(name),
            EnvironmentStatus.measured(
                List.of(
                    machine("web", Optional.empty(), "running"),
                    machine("db", Optional.empty(), "running")),
                CHECKED_AT));
    JdbiConsoleRepository consoles = persistence.consoles(1024 * 1024);
    for (int lines = 2; lines <= 3; lines++) {
      long commandId =
          persistence
              .commands()
              .add(
                  new NewCommand(
                      instance.id(),
                      CommandAction.START,
                      Optional.empty(),
                      Optional.empty(),
                      "alice",
                      CHECKED_AT))
              .id();
      List<NewLine> console = new ArrayList<>();
      for (int line = 0; line < lines; line++) {
        console.add(new NewLine(ConsoleStream.STDOUT, name + " line " + line));
      }
      consoles.append(commandId, console);
    }
    grant(addUser(name + "-user"), GrantTarget.instance(instance.id()));
    return instance;
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
    Set<Action> actions = Set.of(Action.VIEW, Action.START);
    persistence.grants().add(new NewGrant(Grantee.user(userId), target, actions, Set.of()));
  }

  private static Map<String, Long> counts(DatabaseProbe probe) {
    Map<String, Long> counts = new HashMap<>();
    for (String table :
        List.of(
            "instance",
            "machine_status",
            "command",
            "console_meta",
            "console_line",
            "access_grant",
            "access_grant_action")) {
      counts.put(table, probe.count(table));
    }
    return counts;
  }

  /** Rows whose instance or command is gone, and grants on instances that are gone. */
  private static long orphans(DatabaseProbe probe) {
    return probe.count("machine_status WHERE instance_id NOT IN (SELECT id FROM instance)")
        + probe.count("command WHERE instance_id NOT IN (SELECT id FROM instance)")
        + probe.count("console_meta WHERE command_id NOT IN (SELECT id FROM command)")
        + probe.count("console_line WHERE command_id NOT IN (SELECT id FROM command)")
        + probe.count(
            "access_grant WHERE target_kind = 'INSTANCE'"
                + " AND target_id NOT IN (SELECT id FROM instance)");
  }

  private NewInstance shopInstance(String name) {
    return new NewInstance(
        name,
        Path.of("/srv/shop", name),
        Optional.empty(),
        Optional.empty(),
        "dev",
        hostId,
        Optional.empty(),
        false);
  }

  private static MachineStatus machine(String name, Optional<String> ip, String state) {
    return new MachineStatus(name, ip, state.replace('_', ' '), state, "lxc", CHECKED_AT);
  }
}
