package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The captured Vagrant outputs in shared/fixtures/vagrant, which the tests need and never skip. */
final class Fixtures {

  static final String DIR_PROPERTY = "jeto.fixtures.dir";

  private Fixtures() {}

  static Path dir() {
    String configured = System.getProperty(DIR_PROPERTY);
    assertThat(configured)
        .as("system property %s, which this module's surefire configuration sets", DIR_PROPERTY)
        .isNotBlank();
    Path dir = Path.of(configured).normalize();
    assertThat(dir).as("the Vagrant fixtures, expected in shared/ beside the clone").isDirectory();
    return dir;
  }

  static Path path(String name) {
    Path file = dir().resolve(name);
    assertThat(file).as("fixture %s", name).isRegularFile();
    return file;
  }

  static String read(String name) {
    try {
      return Files.readString(path(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> namesStartingWith(String prefix) {
    try (Stream<Path> files = Files.list(dir())) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith(prefix) && name.endsWith(".txt"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
