package io.jeto.bootstrap.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A git repository on the local disk holding a one-machine Vagrant environment. */
final class LocalGitRepository {

  static final String BRANCH = "main";
  static final String VAGRANTFILE =
      """
      Vagrant.configure("2") do |config|
        config.vm.box = "local/deb12"
      end
      """;
  static final String JETO_JSON =
      """
      {"scripts": {"hello": {"command": "echo hello"},
                   "other": {"command": "echo other"},
                   "leak": {"command": "echo token=$API_TOKEN"}}}
      """;

  private LocalGitRepository() {}

  /** Makes the repository in {@code directory}, with one commit on {@code main}. */
  static Path create(Path directory) {
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve("Vagrantfile"), VAGRANTFILE);
      Files.writeString(directory.resolve("jeto.json"), JETO_JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    git(directory, "init", "-q", "-b", BRANCH);
    git(directory, "add", "Vagrantfile", "jeto.json");
    git(
        directory,
        "-c",
        "user.name=test",
        "-c",
        "user.email=test@localhost",
        "commit",
        "-q",
        "-m",
        "env");
    return directory.toAbsolutePath();
  }

  /** Writes a one-machine environment (not under git) for a path-form instance. */
  static Path environment(Path directory) {
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve("Vagrantfile"), VAGRANTFILE);
      Files.writeString(directory.resolve("jeto.json"), JETO_JSON);
      return directory.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void git(Path directory, String... arguments) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("git " + String.join(" ", arguments) + ": " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
