package io.jeto.adapters.vagrant;

import io.jeto.domain.command.CancelSignal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stops a fetch at its deadline or on cancel: the work checks it between steps, and whatever the
 * work is blocked on is aborted, so that a stalled server cannot hold it past its time.
 */
final class FetchGuard implements AutoCloseable {

  /** Why the fetch was stopped. */
  enum Stop {
    TIMED_OUT,
    CANCELLED
  }

  private final Duration timeout;
  private final long deadline;
  private final List<Runnable> aborts = new ArrayList<>();
  private Thread timer;
  private Stop stop;
  private boolean closed;

  private FetchGuard(Duration timeout) {
    this.timeout = timeout;
    this.deadline = System.nanoTime() + timeout.toNanos();
  }

  static FetchGuard start(Duration timeout, CancelSignal cancel) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("'timeout' must be positive, was " + timeout);
    }
    FetchGuard guard = new FetchGuard(timeout);
    guard.timer = Thread.ofVirtual().name("archive-fetch-timer").start(guard::expireInTime);
    cancel.onCancel(() -> guard.stop(Stop.CANCELLED));
    return guard;
  }

  /** Runs the abort when the fetch is stopped, or at once when it already was. */
  void onStop(Runnable abort) {
    synchronized (this) {
      if (stop == null) {
        aborts.add(abort);
        return;
      }
    }
    abort.run();
  }

  /** Throws once the fetch was stopped; the caller maps the stop to the outcome. */
  void check() throws ArchiveFailure {
    Optional<Stop> stopped = stopped();
    if (stopped.isPresent()) {
      throw new ArchiveFailure("the fetch was stopped: " + stopped.get());
    }
  }

  synchronized Optional<Stop> stopped() {
    return Optional.ofNullable(stop);
  }

  /** What is left of the time limit, never less than a millisecond. */
  Duration remaining() {
    return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    timer.interrupt();
  }

  private void expireInTime() {
    try {
      Thread.sleep(timeout);
    } catch (InterruptedException e) {
      // Closed before its time: the fetch ended on its own.
      return;
    }
    stop(Stop.TIMED_OUT);
  }

  private void stop(Stop reason) {
    List<Runnable> toRun;
    synchronized (this) {
      if (stop != null || closed) {
        return;
      }
      stop = reason;
      toRun = List.copyOf(aborts);
    }
    toRun.forEach(Runnable::run);
  }
}
