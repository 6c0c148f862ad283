package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.domain.host.NewHost;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.MachineStatus;
import io.jeto.domain.instance.NewInstance;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    persistence = JdbiPersistence.open(JdbiPersistence.fileUrl(directory));
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
            Optional.of(projectId));

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

  private NewInstance shopInstance(String name) {
    return new NewInstance(
        name,
        Path.of("/srv/shop", name),
        Optional.empty(),
        Optional.empty(),
        "dev",
        hostId,
        Optional.empty());
  }

  private static MachineStatus machine(String name, Optional<String> ip, String state) {
    return new MachineStatus(name, ip, state.replace('_', ' '), state, "lxc", CHECKED_AT);
  }
}
