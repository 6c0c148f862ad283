package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.MachineStatus;
import io.jeto.domain.port.VagrantCall;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real vagrant with its LXC provider; each call takes about half a second. */
class RealVagrantStatusTest {

  private static final String REQUIRE = "JETO_REQUIRE_VAGRANT";

  @TempDir Path dir;

  private final CliVagrantEnvironmentReader reader =
      new CliVagrantEnvironmentReader(
          CliVagrantEnvironmentReader.DEFAULT_COMMAND, Duration.ofSeconds(60), Clock.systemUTC());

  @BeforeAll
  static void requireVagrantOnPath() {
    boolean found = vagrantOnPath();
    if ("true".equals(System.getenv(REQUIRE))) {
      assertThat(found).as("%s=true, but there is no vagrant on PATH", REQUIRE).isTrue();
    }
    assumeTrue(
        found,
        "vagrant is not on PATH, so the tests against the real vagrant are skipped; set "
            + REQUIRE
            + "=true to make them fail instead");
  }

  @Test
  void givenSingleMachineVagrantfile_status_givesDefaultNotCreatedOnLxc() throws IOException {
    VagrantCall call = environment("Vagrantfile.single");

    EnvironmentStatus status = reader.status(call);

    assertThat(status.error()).isEmpty();
    assertThat(status.machines())
        .extracting(
            MachineStatus::name,
            MachineStatus::status,
            MachineStatus::state,
            MachineStatus::provider,
            MachineStatus::ip)
        .containsExactly(tuple("default", "not created", "not_created", "lxc", Optional.empty()));
  }

  @Test
  void givenMultiMachineVagrantfile_status_givesWebDbWorkerNotCreatedOnLxc() throws IOException {
    VagrantCall call = environment("Vagrantfile.multi");

    EnvironmentStatus status = reader.status(call);

    assertThat(status.error()).isEmpty();
    assertThat(status.machines())
        .extracting(
            MachineStatus::name,
            MachineStatus::status,
            MachineStatus::state,
            MachineStatus::provider)
        .containsExactly(
            tuple("web", "not created", "not_created", "lxc"),
            tuple("db", "not created", "not_created", "lxc"),
            tuple("worker", "not created", "not_created", "lxc"));
  }

  @Test
  void givenMachineNamesWithACommaAndATypeWord_status_listsEachMachineWhole() throws IOException {
    VagrantCall call = environment("Vagrantfile.type-word-names");

    EnvironmentStatus status = reader.status(call);

    assertThat(status.error()).isEmpty();
    assertThat(status.machines())
        .extracting(MachineStatus::name)
        .containsExactly("ok", "a,metadata", "c,ui");
  }

  @Test
  void givenMachineNamedLikeAnErrorExit_status_listsBothMachines() throws IOException {
    VagrantCall call = environment("Vagrantfile.error-exit-name");

    EnvironmentStatus status = reader.status(call);

    assertThat(status.error()).isEmpty();
    assertThat(status.machines())
        .extracting(MachineStatus::name)
        .containsExactly("ok", "b,error-exit");
  }

  @Test
  void givenVagrantfileWithSyntaxError_status_failsWithVagrantsExplanation() throws IOException {
    VagrantCall call = environment("Vagrantfile.badsyntax");

    EnvironmentStatus status = reader.status(call);

    assertThat(status.machines()).isEmpty();
    assertThat(status.error())
        .hasValueSatisfying(
            message -> assertThat(message).contains("There is a syntax error", "Vagrantfile"));
  }

  @Test
  void givenVagrantfileReadingTheAdminKey_status_showsItHasNone() throws IOException {
    ServiceSettings.requireInherited();
    VagrantCall call =
        environmentWith(
            """
            Vagrant.configure("2") do |config|
              config.vm.box = "local/deb12"
              config.vm.define ENV.fetch("JETO_ADMIN_KEY", "no-admin-key")
            end
            """);

    EnvironmentStatus status = reader.status(call);

    assertThat(status.error()).isEmpty();
    assertThat(status.machines()).extracting(MachineStatus::name).containsExactly("no-admin-key");
  }

  private VagrantCall environment(String vagrantfile) throws IOException {
    return environmentWith(Fixtures.read(vagrantfile));
  }

  // Each test gets its own VAGRANT_HOME, so that nothing is read from or left in the user's.
  private VagrantCall environmentWith(String vagrantfile) throws IOException {
    Path instance = Files.createDirectory(dir.resolve("instance"));
    Files.writeString(instance.resolve("Vagrantfile"), vagrantfile);
    Map<String, String> variables =
        Map.of(
            "VAGRANT_DEFAULT_PROVIDER",
            "lxc",
            "VAGRANT_HOME",
            dir.resolve("vagrant-home").toString());
    return new VagrantCall(instance, variables);
  }

  private static boolean vagrantOnPath() {
    String path = System.getenv("PATH");
    return path != null
        && Arrays.stream(path.split(File.pathSeparator))
            .filter(entry -> !entry.isEmpty())
            .map(entry -> Path.of(entry, CliVagrantEnvironmentReader.DEFAULT_COMMAND))
            .anyMatch(Files::isExecutable);
  }
}
