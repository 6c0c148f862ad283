package io.jeto.adapters.vagrant;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.CommandOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one process to its end for every caller in this module: drains both outputs on their own
 * threads, enforces the time limit, and stops the whole tree on timeout, cancel or interrupt.
 */
final class ProcessSupervisor {

  // The service's own settings, such as JETO_ADMIN_KEY and JETO_DB_URL: a Vagrantfile is Ruby
  // and a git hook is any program, and neither may read them from its environment.
  private static final String SERVICE_PREFIX = "JETO_";

  private final Duration killGrace;
  private final ProcessTreeKiller killer;

  /** Takes how long a stopped process may take to go before it is killed by force. */
  ProcessSupervisor(Duration killGrace) {
    this.killGrace = requireNonNull(killGrace, "'killGrace' must not be null");
    if (killGrace.isNegative()) {
      throw new IllegalArgumentException("'killGrace' must not be negative, was " + killGrace);
    }
    this.killer = new ProcessTreeKiller(killGrace);
  }

  /**
   * Starts the process, unless the signal was already given, and returns once it has ended.
   *
   * <p>The process inherits the service's environment without its {@code JETO_} variables, then
   * gets the launch's own, whatever their names. Standard input is closed at once. A process that
   * cannot start comes back as a failure naming the program.
   *
   * @throws InterruptedException if the calling thread is interrupted; the process tree is stopped
   *     and both readers abandoned before this is thrown
   */
  CommandOutcome run(
      ProcessLaunch launch, OutputReader stdout, OutputReader stderr, CancelSignal cancel)
      throws InterruptedException {
    Path directory = launch.directory().toAbsolutePath();
    if (!Files.isDirectory(directory)) {
      return CommandOutcome.failedToRun(
          "could not start " + launch.program() + ": " + directory + " is not a directory");
    }
    ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(directory.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith(SERVICE_PREFIX));
    Optional<String> refused = addVariables(builder.environment(), launch.environment());
    if (refused.isPresent()) {
      return CommandOutcome.failedToRun(refused.get());
    }
    if (cancel.isCancelled()) {
      return new CommandOutcome(-1, false, true, Optional.empty());
    }

    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return CommandOutcome.failedToRun(
          "could not start " + launch.program() + ": " + e.getMessage());
    }
    return supervise(process, launch, stdout, stderr, cancel);
  }

  private static Optional<String> addVariables(
      Map<String, String> target, Map<String, String> variables) {
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      if (!put(target, variable.getKey(), variable.getValue())) {
        // The value stays out of the message on purpose: host parameters may be secrets.
        return Optional.of(
            "environment variable '" + variable.getKey() + "' cannot be passed to a process");
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

  private CommandOutcome supervise(
      Process process,
      ProcessLaunch launch,
      OutputReader stdout,
      OutputReader stderr,
      CancelSignal cancel)
      throws InterruptedException {
    closeInput(process);
    Thread out = drain(process.getInputStream(), stdout, launch.program() + "-out");
    Thread err = drain(process.getErrorStream(), stderr, launch.program() + "-err");

    Ending ending;
    try {
      ending = awaitEnding(process, launch.timeout(), cancel);
      if (ending != Ending.EXITED) {
        killer.kill(process);
      }
    } catch (InterruptedException e) {
      killer.kill(process);
      stdout.abandon();
      stderr.abandon();
      throw e;
    }
    // A process started in the background and no longer in the tree may hold a pipe open:
    // its reader is then left behind, passing nothing on, rather than waited for.
    long deadline = System.nanoTime() + killGrace.toNanos();
    awaitReader(out, stdout, deadline);
    awaitReader(err, stderr, deadline);

    int exitCode = process.isAlive() ? -1 : process.exitValue();
    return new CommandOutcome(
        exitCode, ending == Ending.TIMED_OUT, ending == Ending.CANCELLED, Optional.empty());
  }

  private static Ending awaitEnding(Process process, Duration timeout, CancelSignal cancel)
      throws InterruptedException {
    CompletableFuture<Ending> ending = new CompletableFuture<>();
    process.onExit().thenRun(() -> ending.complete(Ending.EXITED));
    // The canceller's thread only wakes this one: the kill and its grace happen here.
    cancel.onCancel(() -> ending.complete(Ending.CANCELLED));
    try {
      return ending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      return Ending.TIMED_OUT;
    } catch (ExecutionException e) {
      throw new IllegalStateException("the ending is only ever completed normally", e);
    }
  }

  private static Thread drain(InputStream stream, OutputReader reader, String name) {
    return Thread.ofVirtual()
        .name(name)
        .start(
            () -> {
              try (stream) {
                reader.read(stream);
              } catch (IOException e) {
                // The pipe breaks when the process is killed: what was read so far is all.
              }
            });
  }

  private static void awaitReader(Thread thread, OutputReader reader, long deadline)
      throws InterruptedException {
    Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    if (!thread.join(left)) {
      reader.abandon();
    }
  }

  private static void closeInput(Process process) {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // A process that is already gone has no input left to close.
    }
  }

  private enum Ending {
    EXITED,
    TIMED_OUT,
    CANCELLED
  }
}
