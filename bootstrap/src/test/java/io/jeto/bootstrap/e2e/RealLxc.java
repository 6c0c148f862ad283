package io.jeto.bootstrap.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether the real vagrant can boot LXC machines here, and the clean-up of the machines a test
 * left behind: {@code vagrant destroy -f} where a {@code .vagrant} says a machine exists, then
 * {@code lxc-ls} to prove none of the test's containers is left.
 */
final class RealLxc {

  static final String BOX = "local/deb12";
  static final String BRIDGE = "lxcbr0";
  private static final String PREPARE =
      " (.ci/prepare-lxc prepares it: Debian's vagrant, vagrant-lxc and lxc, the bridge lxcbr0"
          + " 10.0.3.1/24 and the box local/deb12 for provider lxc in VAGRANT_HOME)";

  private RealLxc() {}

  /**
   * Skips the test with the reason when LXC machines cannot run here; with {@code
   * JETO_REQUIRE_VAGRANT=true} (CI) fails instead, so that CI never passes without them.
   */
  static void require() {
    Optional<String> missing = missing();
    if (missing.isEmpty()) {
      return;
    }
    String message = "real LXC end-to-end test cannot run here: " + missing.get() + PREPARE;
    if ("true".equals(System.getenv("JETO_REQUIRE_VAGRANT"))) {
      throw new AssertionError("JETO_REQUIRE_VAGRANT=true, but the " + message);
    }
    assumeTrue(false, "skipped: the " + message);
  }

  static Optional<String> missing() {
    Optional<Path> vagrant = Exec.onPath("vagrant");
    if (vagrant.isEmpty()) {
      return Optional.of("no vagrant on PATH");
    }
    if (Exec.onPath("lxc-start").isEmpty()) {
      return Optional.of("no lxc-start on PATH (package lxc)");
    }
    if (Exec.onPath("lxc-ls").isEmpty()) {
      return Optional.of("no lxc-ls on PATH (package lxc)");
    }
    if (!Files.isDirectory(Path.of("/sys/class/net", BRIDGE))) {
      return Optional.of("no network bridge " + BRIDGE);
    }
    Exec.Result boxes =
        Exec.run(null, Duration.ofSeconds(60), vagrant.get().toString(), "box", "list");
    if (!boxes.ok()) {
      return Optional.of(
          "'vagrant box list' failed (" + boxes.exitCode() + "): " + boxes.output().strip());
    }
    boolean hasBox =
        boxes
            .output()
            .lines()
            .anyMatch(line -> line.startsWith(BOX + " ") && line.contains("(lxc,"));
    if (!hasBox) {
      return Optional.of(
          "no box "
              + BOX
              + " for provider lxc in 'vagrant box list' (VAGRANT_HOME="
              + System.getenv().getOrDefault("VAGRANT_HOME", "~/.vagrant.d")
              + "): "
              + boxes.output().strip());
    }
    Exec.Result uid = Exec.run(null, Duration.ofSeconds(10), "id", "-u");
    if (!uid.output().strip().equals("0")) {
      Exec.Result sudo = Exec.run(null, Duration.ofSeconds(10), "sudo", "-n", "true");
      if (!sudo.ok()) {
        return Optional.of("neither root nor passwordless sudo, which vagrant-lxc needs");
      }
    }
    return Optional.empty();
  }

  /** The containers that {@code lxc-ls} lists whose name starts with the prefix. */
  static List<String> containers(String prefix) {
    Exec.Result listed = Exec.run(null, Duration.ofSeconds(30), "lxc-ls", "-1");
    if (!listed.ok()) {
      throw new AssertionError("lxc-ls failed (" + listed.exitCode() + "): " + listed.output());
    }
    return Arrays.stream(listed.output().split("\\s+"))
        .filter(name -> name.startsWith(prefix))
        .toList();
  }

  /**
   * Runs {@code vagrant destroy -f} in every directory under the roots whose {@code .vagrant}
   * still names an LXC machine; returns what it did, for the report.
   */
  static List<String> destroyLeftovers(List<Path> roots) {
    List<String> done = new ArrayList<>();
    for (Path environment : environmentsWithMachines(roots)) {
      Exec.Result destroyed =
          Exec.run(
              List.of(
                  Exec.onPath("vagrant").map(Path::toString).orElse("vagrant"), "destroy", "-f"),
              environment,
              Map.of(
                  "VAGRANT_CWD", environment.toString(),
                  "VAGRANT_DEFAULT_PROVIDER", "lxc",
                  "VAGRANT_CHECKPOINT_DISABLE", "1"),
              Duration.ofMinutes(3));
      done.add("vagrant destroy -f in " + environment + " -> " + destroyed.exitCode());
    }
    return done;
  }

  /** Last resort for a container of this test that vagrant could not destroy: by its name. */
  static void destroyByName(String name) {
    Exec.run(null, Duration.ofSeconds(60), "lxc-stop", "-k", "-n", name);
    Exec.run(null, Duration.ofSeconds(60), "lxc-destroy", "-f", "-n", name);
  }

  private static List<Path> environmentsWithMachines(List<Path> roots) {
    List<Path> found = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files =
          Files.find(
              root,
              12,
              (path, attributes) ->
                  attributes.isRegularFile()
                      && path.getFileName().toString().equals("id")
                      && path.getParent().getFileName().toString().equals("lxc")
                      && path.toString().contains("/.vagrant/machines/"))) {
        files.forEach(
            id -> {
              // <env>/.vagrant/machines/<machine>/lxc/id
              Path environment = id.getParent().getParent().getParent().getParent().getParent();
              if (!found.contains(environment)) {
                found.add(environment);
              }
            });
      } catch (IOException | java.io.UncheckedIOException e) {
        // A directory removed while it was walked holds no machine any more.
      }
    }
    return found;
  }
}
