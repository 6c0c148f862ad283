package io.jeto.adapters.vagrant;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class StatusReportTest {

  private static final String LXC_NEW = "default|not_created|not created|lxc";
  private static final String NO_ENVIRONMENT =
      "A Vagrant environment or target machine is required to run this\ncommand.";

  // What each captured status output, copied from shared/ or the module's own, must give: machines
  // as name|state|status|provider, an error that starts with the given text, or nothing for human
  // text and stderr captures.
  private static final Map<String, Expected> EXPECTED =
      Map.ofEntries(
          machines("status-after-destroy-docker.txt", "default|not_created|not created|docker"),
          machines("status-after-destroy.txt", LXC_NEW),
          machines("status-after-failed-provision.txt", "default|running|running|lxc"),
          machines(
              "status-bare-type-names.txt",
              "state|not_created|not created|lxc",
              "ui|not_created|not created|lxc",
              "metadata|not_created|not created|lxc"),
          machines("status-by-global-id.txt", "web|running|running|lxc"),
          machines(
              "status-container-removed-outside.txt", "default|not_created|not created|docker"),
          machines("status-custom-vagrantfile-name.txt", LXC_NEW),
          machines("status-dotfile-path-elsewhere.txt", LXC_NEW),
          machines("status-during-up.txt", "worker|running|running|lxc"),
          machines("status-empty-vagrant-home.txt", "default|running|running|lxc"),
          machines("status-error-bad-config.txt", LXC_NEW),
          machines(
              "status-error-exit-name.txt",
              "ok|not_created|not created|lxc",
              "b,error-exit|not_created|not created|lxc"),
          nothing("status-error-bad-vagrantfile-human.stderr.txt"),
          nothing("status-error-bad-vagrantfile-human.txt"),
          nothing("status-error-bad-vagrantfile.stderr.txt"),
          nothing("status-error-bad-vagrantfile.txt"),
          nothing("status-error-no-vagrantfile-human.stderr.txt"),
          nothing("status-error-no-vagrantfile-human.txt"),
          error("status-error-no-vagrantfile.txt", NO_ENVIRONMENT),
          error(
              "status-error-provider-not-usable.txt",
              "The provider 'docker' that was requested to back the machine\n'default'"),
          error("status-error-unknown-global-id.txt", NO_ENVIRONMENT),
          error(
              "status-error-unknown-machine.txt",
              "The machine with the name 'nosuch' was not found"),
          machines(
              "status-escaped-comma-name.txt",
              "x%!(VAGRANT_COMMA)y|not_created|not created|lxc",
              "z|not_created|not created|lxc"),
          machines(
              "status-from-subdir.txt",
              "web|running|running|lxc",
              "db|stopped|stopped|lxc",
              "worker|running|running|lxc"),
          nothing("status-human-tty-no-color.txt"),
          nothing("status-human-tty.txt"),
          machines(
              "status-machine-readable-tty.txt",
              "web|running|running|lxc",
              "db|stopped|stopped|lxc",
              "worker|running|running|lxc"),
          nothing("status-multi-machine-human.txt"),
          machines(
              "status-multi-machine.txt",
              "web|not_created|not created|lxc",
              "db|not_created|not created|lxc",
              "worker|not_created|not created|lxc"),
          nothing("status-multi-mixed-human.txt"),
          machines(
              "status-multi-mixed.txt",
              "web|running|running|lxc",
              "db|stopped|stopped|lxc",
              "worker|not_created|not created|lxc"),
          machines("status-multi-one-machine.txt", "db|not_created|not created|lxc"),
          machines(
              "status-newline-type-names.txt",
              "n\nstate,x|not_created|not created|lxc",
              "m,ui\nui|not_created|not created|lxc",
              "state\n1,y|not_created|not created|lxc"),
          error(
              "status-not-created-default-provider-unknown.txt",
              "The provider 'nosuch' could not be found, but was requested to\nback"),
          nothing("status-not-created-human.txt"),
          machines("status-not-created-lxc.txt", LXC_NEW),
          machines("status-not-created.txt", LXC_NEW),
          nothing("status-odd-machine-names-human.txt"),
          machines(
              "status-odd-machine-names.txt",
              "web-1|not_created|not created|lxc",
              "app.v2|not_created|not created|lxc",
              "db_primary|not_created|not created|lxc",
              "with space|not_created|not created|lxc",
              "comma,name|not_created|not created|lxc",
              "ünïcode|not_created|not created|lxc",
              "back\\slash|not_created|not created|lxc",
              "new\nline|not_created|not created|lxc"),
          machines(
              "status-prefix-names.txt",
              "a|not_created|not created|lxc",
              "a,state|not_created|not created|lxc",
              "a,state,running|not_created|not created|lxc",
              "a,metadata,provider,lxc|not_created|not created|lxc"),
          nothing("status-running-docker-human.txt"),
          machines("status-running-docker-ssh.txt", "default|running|running|docker"),
          machines("status-running-docker.txt", "default|running|running|docker"),
          nothing("status-running-lxc-human.txt"),
          machines("status-running-lxc.txt", "default|running|running|lxc"),
          machines("status-stopped-docker-ssh.txt", "default|stopped|stopped|docker"),
          machines("status-stopped-docker.txt", "default|stopped|stopped|docker"),
          nothing("status-stopped-lxc-human.txt"),
          machines("status-stopped-lxc.txt", "default|stopped|stopped|lxc"),
          machines(
              "status-type-word-names.txt",
              "ok|not_created|not created|lxc",
              "a,metadata|not_created|not created|lxc",
              "c,ui|not_created|not created|lxc"),
          machines(
              "status-vagrant-cwd.txt",
              "web|running|running|lxc",
              "db|stopped|stopped|lxc",
              "worker|running|running|lxc"));

  private final MachineReadableParser parser = new MachineReadableParser();

  @Test
  void givenTheFixtureDirectory_expectations_coverEveryStatusFixture() {
    List<String> fixtures = Fixtures.namesStartingWith("status-");

    List<String> covered = EXPECTED.keySet().stream().sorted().toList();

    assertThat(covered).containsExactlyElementsOf(fixtures);
  }

  @TestFactory
  Stream<DynamicTest> givenEachStatusFixture_of_givesTheExpectedMachinesOrError() {
    return Fixtures.namesStartingWith("status-").stream()
        .map(name -> DynamicTest.dynamicTest(name, () -> assertReport(name)));
  }

  @Test
  void givenSingleMachine_of_givesDefaultNotCreatedOnLxc() {
    List<MachineReadableRecord> records = parse("status-not-created-lxc.txt");

    StatusReport report = StatusReport.of(records);

    assertThat(report.error()).isEmpty();
    assertThat(report.machines())
        .containsExactly(new ReportedMachine("default", "lxc", "not_created", "not created"));
  }

  @Test
  void givenMultiMachine_of_givesWebDbWorkerInVagrantfileOrder() {
    List<MachineReadableRecord> records = parse("status-multi-machine.txt");

    StatusReport report = StatusReport.of(records);

    assertThat(report.machines())
        .extracting(ReportedMachine::name)
        .containsExactly("web", "db", "worker");
  }

  @Test
  void givenOddNames_of_givesAllEightNamesExactly() {
    List<MachineReadableRecord> records = parse("status-odd-machine-names.txt");

    StatusReport report = StatusReport.of(records);

    assertThat(report.machines())
        .extracting(ReportedMachine::name)
        .containsExactly(
            "web-1",
            "app.v2",
            "db_primary",
            "with space",
            "comma,name",
            "ünïcode",
            "back\\slash",
            "new\nline");
  }

  @Test
  void givenMachineNamedLikeAnErrorExit_of_givesBothMachinesAndNoError() {
    List<MachineReadableRecord> records = parse("status-error-exit-name.txt");

    StatusReport report = StatusReport.of(records);

    assertThat(report.error()).isEmpty();
    assertThat(report.machines())
        .containsExactly(
            new ReportedMachine("ok", "lxc", "not_created", "not created"),
            new ReportedMachine("b,error-exit", "lxc", "not_created", "not created"));
  }

  @Test
  void givenRunningLxc_of_givesRunningState() {
    List<MachineReadableRecord> records = parse("status-running-lxc.txt");

    StatusReport report = StatusReport.of(records);

    assertThat(report.machines())
        .containsExactly(new ReportedMachine("default", "lxc", "running", "running"));
  }

  @Test
  void givenErrorExit_of_givesVagrantsOwnMessageAndNoMachines() {
    List<MachineReadableRecord> records = parse("status-error-no-vagrantfile.txt");

    StatusReport report = StatusReport.of(records);

    assertThat(report.machines()).isEmpty();
    assertThat(report.error())
        .contains(
            "A Vagrant environment or target machine is required to run this\n"
                + "command. Run `vagrant init` to create a new Vagrant environment. Or,\n"
                + "get an ID of a target machine from `vagrant global-status` to run\n"
                + "this command on. A final option is to change to a directory with a\n"
                + "Vagrantfile and to try again.");
  }

  @Test
  void givenProviderNotUsable_of_givesTheWholeMessage() {
    List<MachineReadableRecord> records = parse("status-error-provider-not-usable.txt");

    StatusReport report = StatusReport.of(records);

    assertThat(report.error())
        .hasValueSatisfying(
            message -> {
              assertThat(message).contains("A Docker command executed by Vagrant");
              assertThat(message).doesNotContain("%!(VAGRANT_COMMA)", "\\n");
            });
  }

  @Test
  void givenTerminalCapture_of_givesPlainStates() {
    List<MachineReadableRecord> records = parse("status-machine-readable-tty.txt");

    StatusReport report = StatusReport.of(records);

    assertThat(report.machines())
        .extracting(ReportedMachine::name, ReportedMachine::state, ReportedMachine::provider)
        .containsExactly(
            tuple("web", "running", "lxc"),
            tuple("db", "stopped", "lxc"),
            tuple("worker", "running", "lxc"));
  }

  @Test
  void givenStatusByGlobalId_of_listsTheMachineOnce() {
    List<MachineReadableRecord> records = parse("status-by-global-id.txt");

    StatusReport report = StatusReport.of(records);

    assertThat(records).filteredOn(record -> record.type().equals("metadata")).hasSize(2);
    assertThat(report.machines())
        .containsExactly(new ReportedMachine("web", "lxc", "running", "running"));
  }

  @Test
  void givenDockerStates_of_givesRunningStoppedAndNotCreated() {
    Stream<String> fixtures =
        Stream.of(
            "status-running-docker.txt",
            "status-stopped-docker.txt",
            "status-after-destroy-docker.txt");

    List<ReportedMachine> machines =
        fixtures.flatMap(name -> StatusReport.of(parse(name)).machines().stream()).toList();

    assertThat(machines)
        .extracting(ReportedMachine::state, ReportedMachine::status, ReportedMachine::provider)
        .containsExactly(
            tuple("running", "running", "docker"),
            tuple("stopped", "stopped", "docker"),
            tuple("not_created", "not created", "docker"));
  }

  @Test
  void givenMachineWithoutProviderName_of_fallsBackToMetadata() {
    List<MachineReadableRecord> records =
        parser.parse("1,web,metadata,provider,lxc\n1,web,state,running\n");

    StatusReport report = StatusReport.of(records);

    assertThat(report.machines())
        .containsExactly(new ReportedMachine("web", "lxc", "running", "running"));
  }

  private void assertReport(String name) {
    StatusReport report = StatusReport.of(parse(name));

    Expected expected = EXPECTED.get(name);
    assertThat(expected).as("an expectation for %s in this test", name).isNotNull();
    assertThat(report.machines())
        .extracting(m -> String.join("|", m.name(), m.state(), m.status(), m.provider()))
        .containsExactlyElementsOf(expected.machines());
    if (expected.errorStart().isPresent()) {
      assertThat(report.error().orElseThrow()).startsWith(expected.errorStart().get());
    } else {
      assertThat(report.error()).isEmpty();
    }
  }

  private List<MachineReadableRecord> parse(String fixture) {
    return parser.parse(Fixtures.read(fixture));
  }

  private static Map.Entry<String, Expected> machines(String fixture, String... machines) {
    return entry(fixture, new Expected(List.of(machines), Optional.empty()));
  }

  private static Map.Entry<String, Expected> error(String fixture, String start) {
    return entry(fixture, new Expected(List.of(), Optional.of(start)));
  }

  private static Map.Entry<String, Expected> nothing(String fixture) {
    return entry(fixture, new Expected(List.of(), Optional.empty()));
  }

  private record Expected(List<String> machines, Optional<String> errorStart) {}
}
