package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keeps the module's copy of shared/fixtures/vagrant in step with it, where shared/ is there. */
class SharedFixturesTest {

  private Path shared;

  @BeforeEach
  void requireShared() {
    Optional<Path> found = Fixtures.shared();
    assumeTrue(
        found.isPresent(),
        "shared/fixtures/vagrant is not beside this clone (system property "
            + Fixtures.SHARED_PROPERTY
            + "="
            + System.getProperty(Fixtures.SHARED_PROPERTY)
            + "), so the check that src/test/resources/fixtures/vagrant matches it is skipped;"
            + " the tests read that copy");
    shared = found.orElseThrow();
  }

  @Test
  void givenSharedFixtures_copy_holdsEveryStatusCapture() {
    List<String> inShared = Fixtures.names(shared, "status-");

    List<String> inCopy = Fixtures.names(Fixtures.copy(), "status-");

    assertThat(inCopy)
        .as("status captures in %s to copy into %s", shared, Fixtures.copy())
        .containsAll(inShared);
  }

  @Test
  void givenSharedFixtures_copy_isByteForByteTheSame() throws IOException {
    List<String> copied = fileNames(Fixtures.copy());

    List<String> different = copied.stream().filter(name -> !sameAsShared(name)).toList();

    assertThat(different)
        .as("files of %s that differ from %s or are gone from it", Fixtures.copy(), shared)
        .isEmpty();
  }

  private boolean sameAsShared(String name) {
    Path original = shared.resolve(name);
    try {
      return Files.isRegularFile(original)
          && Files.mismatch(original, Fixtures.copy().resolve(name)) == -1;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
