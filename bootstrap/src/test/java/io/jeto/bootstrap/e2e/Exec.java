package io.jeto.bootstrap.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program with an argument array (never a shell), output to a file, within a time limit;
 * past it the program and everything it started are killed.
 */
final class Exec {

  /** How a run ended: its exit code (-1 when it was killed at the limit) and its output. */
  record Result(int exitCode, String output) {

    boolean ok() {
      return exitCode == 0;
    }
  }

  private Exec() {}

  static Result run(List<String> command, Path directory, Map<String, String> env, Duration limit) {
    Path output = null;
    try {
      output = Files.createTempFile("jeto-e2e-exec", ".out");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(directory == null ? null : directory.toFile())
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(output.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
      boolean ended = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
      if (!ended) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      return new Result(ended ? process.exitValue() : -1, text);
    } catch (IOException e) {
      return new Result(-2, "could not run " + command + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      if (output != null) {
        try {
          Files.deleteIfExists(output);
        } catch (IOException e) {
          // A temp file left behind is harmless.
        }
      }
    }
  }

  static Result run(Path directory, Duration limit, String... command) {
    return run(List.of(command), directory, Map.of(), limit);
  }

  /** The program's absolute path on PATH, if it is there and executable. */
  static Optional<Path> onPath(String program) {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst();
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
