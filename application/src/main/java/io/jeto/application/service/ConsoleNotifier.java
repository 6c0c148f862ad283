package io.jeto.application.service;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Wakes the readers of a console when lines were stored or the command ended.
 *
 * <p>Readers always read the store after waking, and wait with a time limit, so that a missed
 * wake-up costs at most one wait, never a line.
 */
final class ConsoleNotifier {

  private final ConcurrentMap<Long, Object> monitors = new ConcurrentHashMap<>();

  void changed(long commandId) {
    Object monitor = monitors.get(commandId);
    if (monitor != null) {
      synchronized (monitor) {
        monitor.notifyAll();
      }
    }
  }

  void await(long commandId, Duration atMost) {
    Object monitor = monitors.computeIfAbsent(commandId, id -> new Object());
    synchronized (monitor) {
      try {
        monitor.wait(Math.max(1, atMost.toMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Forgets a command's monitor once it ended; late readers fall back to their time limit. */
  void ended(long commandId) {
    changed(commandId);
    monitors.remove(commandId);
  }
}
