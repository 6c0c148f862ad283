package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Real git repositories made in a test's directory, with git cut off from the machine's config. */
final class GitFixture {

  /** Git's variables for every call here: no user or system config, a fixed author. */
  static final Map<String, String> ISOLATED =
      Map.of(
          "GIT_CONFIG_GLOBAL", "/dev/null",
          "GIT_CONFIG_NOSYSTEM", "1",
          "GIT_AUTHOR_NAME", "Jeto Test",
          "GIT_AUTHOR_EMAIL", "test@jeto.invalid",
          "GIT_COMMITTER_NAME", "Jeto Test",
          "GIT_COMMITTER_EMAIL", "test@jeto.invalid");

  private GitFixture() {}

  /**
   * A git command for the adapter: the real git without the machine's config, allowed to clone
   * submodules over file:// as a deployment would allow it in its own git config.
   */
  static Path gitAllowingFileSubmodules(Path dir) {
    return FakeVagrant.script(
        dir,
        "git-file-allowed",
        "export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1\n"
            + "exec git -c protocol.file.allow=always \"$@\"");
  }

  /** The real git without the machine's config and with git's own protocol rules. */
  static Path gitWithDefaults(Path dir) {
    return FakeVagrant.script(
        dir,
        "git-defaults",
        "export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1\nexec git \"$@\"");
  }

  /** A new repository whose first commit on main holds the file. */
  static Path repository(Path dir, String name, String file, String content) {
    Path repository = dir.resolve(name);
    git(dir, "init", "-q", "-b", "main", repository.toString());
    commit(repository, file, content, "first");
    return repository;
  }

  /** Writes the file, commits it, and returns the new commit. */
  static String commit(Path repository, String file, String content, String message) {
    try {
      Path path = repository.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    git(repository, "add", "--", file);
    git(repository, "commit", "-q", "-m", message);
    return head(repository);
  }

  static String head(Path repository) {
    return git(repository, "rev-parse", "HEAD").strip();
  }

  /** Runs git with the arguments and returns what it printed; fails the test if git fails. */
  static String git(Path directory, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of("-c", "protocol.file.allow=always"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().putAll(ISOLATED);
    builder.redirectErrorStream(true);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).as("git %s: %s", command, output).isZero();
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
