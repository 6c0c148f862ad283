package io.jeto.bootstrap.api;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Whether the real {@code vagrant} can run here; CI demands it instead of skipping. */
final class RealVagrant {

  private RealVagrant() {}

  static void assumeInstalled() {
    boolean installed =
        Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(dir -> Path.of(dir, "vagrant"))
            .anyMatch(Files::isExecutable);
    if (!installed && "true".equals(System.getenv("JETO_REQUIRE_VAGRANT"))) {
      throw new AssertionError("JETO_REQUIRE_VAGRANT=true but no vagrant on PATH");
    }
    assumeTrue(
        installed,
        "skipped: the real vagrant is not on PATH (install Debian's vagrant and vagrant-lxc,"
            + " or run .ci/run)");
  }
}
