package io.jeto.adapters.vagrant;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.JetoInfos;
import io.jeto.domain.instance.MachineStatus;
import io.jeto.domain.port.VagrantCall;
import io.jeto.domain.port.VagrantEnvironmentReader;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/** Reads Vagrant environments through the {@code vagrant} command line and their jeto.json. */
public final class CliVagrantEnvironmentReader implements VagrantEnvironmentReader {

  /** The command to use when Vagrant is on the service's PATH. */
  public static final String DEFAULT_COMMAND = "vagrant";

  private static final System.Logger LOG =
      System.getLogger(CliVagrantEnvironmentReader.class.getName());
  private static final int MAX_CAPTURED_BYTES = 1024 * 1024;

  static final int MAX_RUNNING = 4;

  private final String command;
  private final Duration statusTimeout;
  private final Clock clock;
  private final VagrantProcessRunner runner = new VagrantProcessRunner();
  private final MachineReadableParser parser = new MachineReadableParser();
  private final JetoJsonReader jetoJson = new JetoJsonReader();
  private final Semaphore running = new Semaphore(MAX_RUNNING, true);

  /**
   * Takes the command that runs Vagrant (a name looked up on PATH, or a path), how long each
   * Vagrant call may take, and the clock that dates each measurement.
   */
  public CliVagrantEnvironmentReader(String command, Duration statusTimeout, Clock clock) {
    this.command = requireNonNull(command, "'command' must not be null");
    this.statusTimeout = requireNonNull(statusTimeout, "'statusTimeout' must not be null");
    this.clock = requireNonNull(clock, "'clock' must not be null");
    if (command.isBlank()) {
      throw new IllegalArgumentException("'command' must not be blank");
    }
    if (statusTimeout.isNegative() || statusTimeout.isZero()) {
      throw new IllegalArgumentException("'statusTimeout' must be positive, was " + statusTimeout);
    }
  }

  @Override
  public EnvironmentStatus status(VagrantCall call) {
    Instant checkedAt = clock.instant();
    try {
      // Each call is a Ruby process of about half a second of CPU: a burst of readers waits
      // its turn instead of starting dozens at once on a small machine.
      running.acquire();
      try {
        return measure(call, checkedAt);
      } finally {
        running.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(call, "vagrant status was interrupted and stopped", checkedAt, e);
    }
  }

  @Override
  public JetoInfos jetoInfos(Path directory) {
    return jetoJson.read(directory);
  }

  private EnvironmentStatus measure(VagrantCall call, Instant checkedAt)
      throws InterruptedException {
    ProcessRequest request = request(call, List.of("status", "--machine-readable"));
    ProcessOutcome outcome = runner.run(request);
    StatusReport report = StatusReport.of(parser.parse(outcome.stdout()));

    Optional<String> failure = StatusFailure.of(request, outcome, report);
    if (failure.isPresent()) {
      return failed(call, failure.get(), checkedAt, null);
    }
    List<MachineStatus> machines = new ArrayList<>();
    for (ReportedMachine reported : report.machines()) {
      MachineStatus machine =
          new MachineStatus(
              reported.name(),
              Optional.empty(),
              reported.status(),
              reported.state(),
              reported.provider(),
              checkedAt);
      machines.add(machine.isRunning() ? machine.withIp(address(call, machine.name())) : machine);
    }
    return EnvironmentStatus.measured(machines, checkedAt);
  }

  // A machine without an address is still worth listing, so a failure here is no failed status.
  private Optional<String> address(VagrantCall call, String machine) throws InterruptedException {
    // "--" keeps a machine name that starts with a dash from reading as an option.
    ProcessOutcome outcome = runner.run(request(call, List.of("ssh-config", "--", machine)));
    Optional<String> address =
        outcome.exitCode() == 0 && !outcome.timedOut()
            ? SshConfigParser.hostName(outcome.stdout())
            : Optional.empty();
    if (address.isEmpty()) {
      LOG.log(
          Level.INFO,
          () -> "No address for " + machine + " in " + call.directory() + ": " + why(outcome));
    }
    return address;
  }

  private static String why(ProcessOutcome sshConfig) {
    if (sshConfig.startFailure().isPresent()) {
      return sshConfig.startFailure().get();
    }
    if (sshConfig.timedOut()) {
      return "vagrant ssh-config was stopped at its time limit";
    }
    if (sshConfig.exitCode() != 0) {
      return "vagrant ssh-config exited with code " + sshConfig.exitCode();
    }
    return "vagrant ssh-config printed no HostName";
  }

  private ProcessRequest request(VagrantCall call, List<String> arguments) {
    List<String> commandLine = new ArrayList<>();
    commandLine.add(command);
    commandLine.addAll(arguments);
    return new ProcessRequest(
        commandLine, call.directory(), call.environment(), statusTimeout, MAX_CAPTURED_BYTES);
  }

  // The call's variables stay out of the log: host parameters may be secrets.
  private static EnvironmentStatus failed(
      VagrantCall call, String message, Instant checkedAt, Throwable cause) {
    LOG.log(
        Level.WARNING,
        () -> "vagrant status failed in " + call.directory() + ": " + message,
        cause);
    return EnvironmentStatus.failed(message, checkedAt);
  }
}
