package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The captured Vagrant outputs on the test class path: the copy of shared/fixtures/vagrant in
 * {@code fixtures/vagrant}, and this module's own captures beside it in {@code fixtures}.
 */
final class Fixtures {

  /** Where shared/fixtures/vagrant is when the clone has shared/ beside it. */
  static final String SHARED_PROPERTY = "jeto.fixtures.dir";

  private static final String COPY = "/fixtures/vagrant";
  private static final String OWN = "/fixtures";

  private Fixtures() {}

  /** The copy of shared/fixtures/vagrant. */
  static Path copy() {
    return onClassPath(COPY);
  }

  /** shared/fixtures/vagrant itself, when it is there. */
  static Optional<Path> shared() {
    return Optional.ofNullable(System.getProperty(SHARED_PROPERTY))
        .filter(configured -> !configured.isBlank())
        .map(configured -> Path.of(configured).normalize())
        .filter(Files::isDirectory);
  }

  /** The fixture of that name, in the copy or among the module's own; no name is in both. */
  static Path path(String name) {
    List<Path> found =
        Stream.of(copy(), onClassPath(OWN))
            .map(dir -> dir.resolve(name))
            .filter(Files::isRegularFile)
            .toList();
    assertThat(found).as("fixture %s, in %s or %s", name, COPY, OWN).hasSize(1);
    return found.getFirst();
  }

  static String read(String name) {
    try {
      return Files.readString(path(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the .txt fixtures, copied and own, that start with the prefix, sorted. */
  static List<String> namesStartingWith(String prefix) {
    return Stream.of(copy(), onClassPath(OWN))
        .flatMap(dir -> names(dir, prefix).stream())
        .sorted()
        .toList();
  }

  /** The names of the .txt files in the directory that start with the prefix, sorted. */
  static List<String> names(Path dir, String prefix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith(prefix) && name.endsWith(".txt"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Test resources are copied to a directory, never packed in a jar, so they have a file path.
  private static Path onClassPath(String resource) {
    URL url = Fixtures.class.getResource(resource);
    assertThat(url).as("%s on the test class path, from src/test/resources", resource).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the class path gave an invalid address: " + url, e);
    }
  }
}
