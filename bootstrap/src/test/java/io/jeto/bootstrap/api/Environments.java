package io.jeto.bootstrap.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes Vagrant environments for the tests into directories under a root. */
final class Environments {

  static final String SINGLE_MACHINE =
      """
      Vagrant.configure("2") do |config|
        config.vm.box = "local/deb12"
      end
      """;

  static final String WEB_AND_DB =
      """
      Vagrant.configure("2") do |config|
        config.vm.box = "local/deb12"
        config.vm.define "web", primary: true
        config.vm.define "db"
      end
      """;

  static final String MISSING_END =
      """
      Vagrant.configure("2") do |config|
        config.vm.box = "local/deb12"
      """;

  private Environments() {}

  static Path write(Path root, String name, String vagrantfile) {
    try {
      Path directory = Files.createDirectories(root.resolve(name));
      Files.writeString(directory.resolve("Vagrantfile"), vagrantfile);
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void writeJetoJson(Path directory, String json) {
    try {
      Files.writeString(directory.resolve("jeto.json"), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
