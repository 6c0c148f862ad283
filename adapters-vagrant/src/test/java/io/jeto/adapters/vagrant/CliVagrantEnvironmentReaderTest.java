package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.MachineStatus;
import io.jeto.domain.port.VagrantCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliVagrantEnvironmentReaderTest {

  private static final Instant NOW = Instant.parse("2026-12-04T16:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @TempDir Path dir;
  private Path instance;

  @BeforeEach
  void createInstanceDirectory() throws IOException {
    instance = Files.createDirectory(dir.resolve("instance"));
  }

  @Test
  void givenMultiMachineNeverUp_status_givesEachMachineWithoutAddress() {
    Path vagrant = fake("status-multi-machine.txt", 0);

    EnvironmentStatus status = reader(vagrant, TIMEOUT).status(call());

    assertThat(status.error()).isEmpty();
    assertThat(status.checkedAt()).contains(NOW);
    assertThat(status.machines())
        .containsExactly(
            machine("web", Optional.empty(), "not created", "not_created"),
            machine("db", Optional.empty(), "not created", "not_created"),
            machine("worker", Optional.empty(), "not created", "not_created"));
  }

  @Test
  void givenOneRunningMachine_status_asksSshConfigForItsAddressOnly() throws IOException {
    Path vagrant =
        FakeVagrant.script(
            dir,
            "vagrant",
            String.join(
                "\n",
                "echo \"$*\" >> '" + dir.resolve("calls") + "'",
                "case \"$1\" in",
                "  status) " + FakeVagrant.print("status-multi-mixed.txt", 1) + " ;;",
                "  ssh-config) " + FakeVagrant.print("ssh-config-output.txt", 1) + " ;;",
                "esac"));

    EnvironmentStatus status = reader(vagrant, TIMEOUT).status(call());

    assertThat(status.machines())
        .extracting(MachineStatus::name, MachineStatus::ip, MachineStatus::state)
        .containsExactly(
            tuple("web", Optional.of("10.0.3.208"), "running"),
            tuple("db", Optional.empty(), "stopped"),
            tuple("worker", Optional.empty(), "not_created"));
    assertThat(Files.readAllLines(dir.resolve("calls")))
        .containsExactly("status --machine-readable", "ssh-config -- web");
  }

  @Test
  void givenSshConfigThatFails_status_keepsTheMachineWithoutAddress() {
    Path vagrant =
        FakeVagrant.script(
            dir,
            "vagrant",
            String.join(
                "\n",
                "case \"$1\" in",
                "  status) " + FakeVagrant.print("status-running-lxc.txt", 1) + " ;;",
                "  ssh-config) echo 'not yet ready for SSH' >&2; exit 1 ;;",
                "esac"));

    EnvironmentStatus status = reader(vagrant, TIMEOUT).status(call());

    assertThat(status.error()).isEmpty();
    assertThat(status.machines())
        .containsExactly(machine("default", Optional.empty(), "running", "running"));
  }

  @Test
  void givenErrorExit_status_failsWithVagrantsOwnMessage() {
    Path vagrant = fake("status-error-unknown-machine.txt", 1);

    EnvironmentStatus status = reader(vagrant, TIMEOUT).status(call());

    assertThat(status.machines()).isEmpty();
    assertThat(status.checkedAt()).contains(NOW);
    assertThat(status.error())
        .contains(
            "The machine with the name 'nosuch' was not found configured for\n"
                + "this Vagrant environment.");
  }

  @Test
  void givenVagrantfileSyntaxError_status_failsWithTheStderrText() {
    Path vagrant =
        FakeVagrant.script(
            dir,
            "vagrant",
            FakeVagrant.print("status-error-bad-vagrantfile.stderr.txt", 2) + "\nexit 1");

    EnvironmentStatus status = reader(vagrant, TIMEOUT).status(call());

    assertThat(status.error())
        .contains(Fixtures.read("status-error-bad-vagrantfile.stderr.txt").strip());
  }

  @Test
  void givenNonZeroExitWithNothingPrinted_status_failsWithTheExitCode() {
    Path vagrant = FakeVagrant.script(dir, "vagrant", "exit 3");

    EnvironmentStatus status = reader(vagrant, TIMEOUT).status(call());

    assertThat(status.error()).contains("vagrant exited with code 3");
  }

  @Test
  void givenNonZeroExitWithSomeOutput_status_failsWithTheExitCodeAndStderr() {
    Path vagrant =
        FakeVagrant.script(
            dir,
            "vagrant",
            FakeVagrant.print("status-not-created.txt", 1) + "\necho 'it broke' >&2\nexit 4");

    EnvironmentStatus status = reader(vagrant, TIMEOUT).status(call());

    assertThat(status.error()).contains("vagrant exited with code 4: it broke");
  }

  @Test
  void givenNoMachinesListed_status_failsInsteadOfReportingAnEmptyEnvironment() {
    Path vagrant = fake("status-not-created-human.txt", 0);

    EnvironmentStatus status = reader(vagrant, TIMEOUT).status(call());

    assertThat(status.error()).contains("vagrant status listed no machines");
  }

  @Test
  void givenMoreOutputThanIsKept_status_failsRatherThanReportingPartOfIt() {
    Path vagrant =
        FakeVagrant.script(
            dir,
            "vagrant",
            FakeVagrant.print("status-not-created.txt", 1)
                + "\nhead -c 2000000 /dev/zero | tr '\\0' x");

    EnvironmentStatus status = reader(vagrant, TIMEOUT).status(call());

    assertThat(status.error())
        .contains("vagrant status printed more than the 1048576 bytes kept of each stream");
  }

  @Test
  void givenMissingBinary_status_failsWithAMessageNamingTheCommand() {
    Path missing = dir.resolve("no-such-vagrant");

    EnvironmentStatus status = reader(missing, TIMEOUT).status(call());

    assertThat(status.error())
        .hasValueSatisfying(message -> assertThat(message).contains(missing.toString()));
  }

  @Test
  void givenVagrantThatHangs_status_failsAfterTheTimeout() {
    Path vagrant = FakeVagrant.script(dir, "vagrant", "sleep 300");

    EnvironmentStatus status = reader(vagrant, Duration.ofMillis(500)).status(call());

    assertThat(status.error())
        .contains("vagrant status did not finish within 0.5 s and was stopped");
  }

  private CliVagrantEnvironmentReader reader(Path vagrant, Duration timeout) {
    return new CliVagrantEnvironmentReader(vagrant.toString(), timeout, CLOCK);
  }

  private VagrantCall call() {
    return new VagrantCall(instance, Map.of("JETO_PARAM", "value"));
  }

  private Path fake(String stdoutFixture, int exitCode) {
    return FakeVagrant.script(
        dir, "vagrant", FakeVagrant.print(stdoutFixture, 1) + "\nexit " + exitCode);
  }

  private static MachineStatus machine(
      String name, Optional<String> ip, String status, String state) {
    return new MachineStatus(name, ip, status, state, "lxc", NOW);
  }
}
