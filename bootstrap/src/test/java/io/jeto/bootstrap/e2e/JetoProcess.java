package io.jeto.bootstrap.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Jeto as a process of its own, started like {@code java -jar bootstrap/target/jeto.jar} would
 * start it but from this test's own class path, so that it also runs in {@code mvn verify}, whose
 * tests run before {@code package} makes the jar. Its output goes to a log file.
 */
final class JetoProcess implements AutoCloseable {

  static final String MAIN = "io.jeto.bootstrap.Main";

  private final Process process;
  private final Path log;
  private final JetoHttp http;

  private JetoProcess(Process process, Path log, int port, String key) {
    this.process = process;
    this.log = log;
    this.http = new JetoHttp(() -> port, key);
  }

  /** Starts Jeto with the settings added to this JVM's environment and waits until it answers. */
  static JetoProcess start(Map<String, String> settings, int port, String key, Path log) {
    List<String> command = new ArrayList<>();
    command.add(javaCommand());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(classPath());
    command.add(MAIN);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().keySet().removeIf(name -> name.startsWith("JETO_"));
    builder.environment().putAll(settings);
    builder.environment().put("JETO_PORT", Integer.toString(port));
    builder.environment().put("JETO_ADMIN_KEY", key);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
    JetoProcess jeto = new JetoProcess(process, log, port, key);
    try {
      JetoHttp.await(
          Duration.ofSeconds(90),
          "Jeto (pid " + process.pid() + ") to answer on port " + port,
          () -> {
            if (!process.isAlive()) {
              throw new AssertionError(
                  "Jeto exited with "
                      + process.exitValue()
                      + " before answering:\n"
                      + jeto.logTail());
            }
            return jeto.http.answers();
          });
    } catch (AssertionError e) {
      jeto.kill();
      throw new AssertionError(e.getMessage() + "\n" + jeto.logTail(), e);
    }
    return jeto;
  }

  JetoHttp http() {
    return http;
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL to this process only, the way {@code kill -9 <pid>} does; its children are left. */
  void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new AssertionError("Jeto pid " + process.pid() + " survived SIGKILL for 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  int exitValue() {
    return process.exitValue();
  }

  /** Stops it with SIGTERM (its shutdown hook runs), SIGKILL after 30 s. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** The java binary running this test: the same JDK for the service. */
  static String javaCommand() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /**
   * This test's class path: surefire passes it in a manifest-only jar, which {@code java -cp}
   * reads too, and also as {@code surefire.test.class.path} where it sets that.
   */
  static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    if (surefire != null && !surefire.isBlank()) {
      return surefire;
    }
    return System.getProperty("java.class.path");
  }

  static String classPathSource() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? "surefire.test.class.path"
        : "java.class.path " + System.getProperty("java.class.path");
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
