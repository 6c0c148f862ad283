package io.jeto.adapters.vagrant;

import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.CommandOutcome;
import java.time.Duration;
import java.util.Optional;

/** Runs one Vagrant command within a time limit and keeps a bounded prefix of what it printed. */
public final class VagrantProcessRunner {

  private static final Duration DEFAULT_KILL_GRACE = Duration.ofSeconds(3);

  private final ProcessSupervisor supervisor;

  public VagrantProcessRunner() {
    this(DEFAULT_KILL_GRACE);
  }

  /** Takes how long a stopped process may take to go before it is killed by force. */
  public VagrantProcessRunner(Duration killGrace) {
    this.supervisor = new ProcessSupervisor(killGrace);
  }

  /**
   * Runs the command to its end or to its time limit, whichever comes first.
   *
   * @throws InterruptedException if the calling thread is interrupted; the process tree is stopped
   *     before this is thrown
   */
  public ProcessOutcome run(ProcessRequest request) throws InterruptedException {
    ProcessLaunch launch =
        VagrantLaunch.of(
            request.command(), request.directory(), request.environment(), request.timeout());
    StreamCollector stdout = new StreamCollector(request.maxCapturedBytes());
    StreamCollector stderr = new StreamCollector(request.maxCapturedBytes());

    CommandOutcome ended = supervisor.run(launch, stdout, stderr, new CancelSignal());

    if (ended.failure().isPresent()) {
      return ProcessOutcome.notStarted(ended.failure().get());
    }
    boolean truncated = stdout.truncated() || stderr.truncated();
    return new ProcessOutcome(
        ended.exitCode(),
        stdout.text(),
        stderr.text(),
        ended.timedOut(),
        Optional.empty(),
        truncated);
  }
}
