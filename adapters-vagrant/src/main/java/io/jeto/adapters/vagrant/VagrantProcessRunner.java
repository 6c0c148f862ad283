package io.jeto.adapters.vagrant;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs one Vagrant command within a time limit, reading its outputs so that it never blocks. */
public final class VagrantProcessRunner {

  private static final String VAGRANT_CWD = "VAGRANT_CWD";
  private static final String VAGRANT_CHECKPOINT_DISABLE = "VAGRANT_CHECKPOINT_DISABLE";
  private static final Duration DEFAULT_KILL_GRACE = Duration.ofSeconds(3);

  private final Duration killGrace;
  private final ProcessTreeKiller killer;

  public VagrantProcessRunner() {
    this(DEFAULT_KILL_GRACE);
  }

  /** Takes how long a stopped process may take to go before it is killed by force. */
  public VagrantProcessRunner(Duration killGrace) {
    this.killGrace = requireNonNull(killGrace, "'killGrace' must not be null");
    this.killer = new ProcessTreeKiller(killGrace);
  }

  /**
   * Runs the command to its end or to its time limit, whichever comes first.
   *
   * @throws InterruptedException if the calling thread is interrupted; the process tree is
   *     stopped before this is thrown
   */
  public ProcessOutcome run(ProcessRequest request) throws InterruptedException {
    Path directory = request.directory().toAbsolutePath();
    if (!Files.isDirectory(directory)) {
      return ProcessOutcome.notStarted(
          "could not start " + request.program() + ": " + directory + " is not a directory");
    }
    ProcessBuilder builder = new ProcessBuilder(request.command()).directory(directory.toFile());
    Optional<String> refused = addVariables(builder.environment(), request.environment());
    if (refused.isPresent()) {
      return ProcessOutcome.notStarted(refused.get());
    }
    // Vagrant would otherwise climb to a parent directory's Vagrantfile.
    builder.environment().put(VAGRANT_CWD, directory.toString());
    builder.environment().put(VAGRANT_CHECKPOINT_DISABLE, "1");

    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return ProcessOutcome.notStarted(
          "could not start " + request.program() + ": " + e.getMessage());
    }
    return supervise(process, request);
  }

  // The caller's VAGRANT_CWD is dropped: the working directory alone decides where Vagrant runs.
  private static Optional<String> addVariables(
      Map<String, String> target, Map<String, String> variables) {
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      String name = variable.getKey();
      if (!name.equals(VAGRANT_CWD) && !put(target, name, variable.getValue())) {
        // The value stays out of the message on purpose: host parameters may be secrets.
        return Optional.of("environment variable '" + name + "' cannot be passed to a process");
      }
    }
    return Optional.empty();
  }

  // The JDK refuses a name with '=' or NUL and a value with NUL, but lets an empty name through.
  private static boolean put(Map<String, String> target, String name, String value) {
    if (name.isEmpty()) {
      return false;
    }
    try {
      target.put(name, value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private ProcessOutcome supervise(Process process, ProcessRequest request)
      throws InterruptedException {
    closeInput(process);
    String name = request.program();
    StreamCollector stdout =
        StreamCollector.start(process.getInputStream(), request.maxCapturedBytes(), name + "-out");
    StreamCollector stderr =
        StreamCollector.start(process.getErrorStream(), request.maxCapturedBytes(), name + "-err");

    boolean finished;
    try {
      finished = process.waitFor(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      killer.kill(process);
      throw e;
    }
    if (!finished) {
      killer.kill(process);
    }
    // A process started in the background and no longer in the tree may hold a pipe open:
    // its reader is then left behind rather than waited for.
    stdout.awaitEnd(killGrace);
    stderr.awaitEnd(killGrace);

    int exitCode = process.isAlive() ? -1 : process.exitValue();
    boolean truncated = stdout.truncated() || stderr.truncated();
    return new ProcessOutcome(
        exitCode, stdout.text(), stderr.text(), !finished, Optional.empty(), truncated);
  }

  private static void closeInput(Process process) {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // A process that is already gone has no input left to close.
    }
  }
}
