package io.jeto.adapters.vagrant;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process and everything it started: politely first, then by force after a grace. */
final class ProcessTreeKiller {

  private final Duration grace;

  ProcessTreeKiller(Duration grace) {
    this.grace = grace;
  }

  /**
   * Stops the descendants, then the process with whatever it started meanwhile.
   *
   * <p>Descendants go first because they are only found while the process lives: once it is gone
   * they are re-parented and no longer listed. Their parent, still alive, also reaps them.
   */
  void kill(Process process) throws InterruptedException {
    ProcessHandle root = process.toHandle();
    stop(root.descendants().toList());

    List<ProcessHandle> rest = new ArrayList<>(root.descendants().toList());
    rest.add(root);
    stop(rest);
  }

  private void stop(List<ProcessHandle> processes) throws InterruptedException {
    processes.forEach(ProcessHandle::destroy);
    if (!awaitExit(processes)) {
      processes.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
      awaitExit(processes);
    }
  }

  private boolean awaitExit(List<ProcessHandle> processes) throws InterruptedException {
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle process : processes) {
      long left = Math.max(0, deadline - System.nanoTime());
      try {
        process.onExit().get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        return false;
      } catch (ExecutionException e) {
        // onExit never completes exceptionally; should it, the process is gone all the same.
      }
    }
    return true;
  }
}
