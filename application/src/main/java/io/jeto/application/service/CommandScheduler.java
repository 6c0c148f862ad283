package io.jeto.application.service;

import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.Command;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Runs commands one at a time per instance, in the order they were asked for, and those of
 * different instances in parallel up to a limit.
 *
 * <p>Vagrant locks a machine during an action, so a second action on the same instance would
 * only fail; waiting in line is what a user expects instead.
 */
final class CommandScheduler implements AutoCloseable {

  private final ExecutorService workers;
  private final BiConsumer<Command, CancelSignal> execution;
  private final Map<Long, Queue<Command>> waitingByInstance = new HashMap<>();
  private final Map<Long, Long> activeByInstance = new HashMap<>();
  private final Map<Long, CancelSignal> signals = new ConcurrentHashMap<>();
  private boolean closed;

  CommandScheduler(int maxParallel, BiConsumer<Command, CancelSignal> execution) {
    this.workers =
        Executors.newFixedThreadPool(
            maxParallel, Thread.ofPlatform().name("jeto-command-", 1).daemon(false).factory());
    this.execution = execution;
  }

  /** Takes a queued command; it runs once the commands before it on its instance ended. */
  synchronized void submit(Command command) {
    if (closed) {
      return;
    }
    signals.put(command.id(), new CancelSignal());
    if (activeByInstance.containsKey(command.instanceId())) {
      waitingByInstance
          .computeIfAbsent(command.instanceId(), id -> new ArrayDeque<>())
          .add(command);
      return;
    }
    dispatch(command);
  }

  /** The command running, or next to run, on the instance. */
  synchronized Optional<Long> activeOn(long instanceId) {
    return Optional.ofNullable(activeByInstance.get(instanceId));
  }

  /**
   * Gives the cancel signal to a command: a waiting one leaves the line at once, a running one
   * is stopped by whoever runs it.
   *
   * @return true if the command was still waiting and will never run
   */
  synchronized boolean cancel(long commandId) {
    CancelSignal signal = signals.get(commandId);
    if (signal == null) {
      return false;
    }
    boolean wasWaiting =
        waitingByInstance.values().stream()
            .anyMatch(queue -> queue.removeIf(command -> command.id() == commandId));
    if (wasWaiting) {
      signals.remove(commandId);
    }
    signal.cancel();
    return wasWaiting;
  }

  /** Whether the command is waiting or running here, rather than only stored. */
  boolean isKnown(long commandId) {
    return signals.containsKey(commandId);
  }

  /** Stops taking commands and signals the running ones to stop; waiting ones stay queued. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      waitingByInstance.clear();
      signals.values().forEach(CancelSignal::cancel);
    }
    workers.shutdown();
    try {
      workers.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void dispatch(Command command) {
    activeByInstance.put(command.instanceId(), command.id());
    CancelSignal signal = signals.get(command.id());
    workers.execute(
        () -> {
          try {
            execution.accept(command, signal);
          } finally {
            ended(command);
          }
        });
  }

  private synchronized void ended(Command command) {
    signals.remove(command.id());
    activeByInstance.remove(command.instanceId());
    Queue<Command> waiting = waitingByInstance.get(command.instanceId());
    Command next = waiting == null ? null : waiting.poll();
    if (waiting != null && waiting.isEmpty()) {
      waitingByInstance.remove(command.instanceId());
    }
    if (next != null && !closed) {
      dispatch(next);
    }
  }
}
