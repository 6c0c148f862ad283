package io.jeto.application.service;

import io.jeto.domain.command.ConsoleSink;
import io.jeto.domain.command.ConsoleStream;
import io.jeto.domain.port.ConsoleRepository;
import io.jeto.domain.port.ConsoleRepository.NewLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Stores a command's output as it arrives, in batches, from one writer thread.
 *
 * <p>The queue is bounded: a process that prints faster than the database stores waits on its
 * pipe instead of filling the heap.
 */
final class ConsoleRecorder implements ConsoleSink, AutoCloseable {

  static final int QUEUE_LINES = 20_000;
  static final int BATCH_LINES = 2_000;
  private static final NewLine END = new NewLine(ConsoleStream.JETO, "");

  /** Shorter values would mask ordinary words; a parameter that short is no secret anyway. */
  static final int MIN_SECRET_LENGTH = 4;

  private final List<String> secrets;
  private final long commandId;
  private final ConsoleRepository consoles;
  private final ConsoleNotifier notifier;
  private final BlockingQueue<NewLine> queue = new ArrayBlockingQueue<>(QUEUE_LINES);
  private final Thread writer;
  private volatile RuntimeException failure;

  /**
   * @param secrets values that must never reach the console, such as the host's parameters
   *     (a Vagrantfile may print its environment); each is replaced by {@code ********}
   */
  ConsoleRecorder(
      long commandId, ConsoleRepository consoles, ConsoleNotifier notifier, List<String> secrets) {
    this.secrets =
        secrets.stream()
            .filter(secret -> secret.length() >= MIN_SECRET_LENGTH)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    this.commandId = commandId;
    this.consoles = consoles;
    this.notifier = notifier;
    this.writer = Thread.ofVirtual().name("console-" + commandId).start(this::writeAll);
  }

  @Override
  public void line(ConsoleStream stream, String text) {
    try {
      queue.put(new NewLine(stream, masked(text)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String masked(String text) {
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, AccessPolicy.MASKED_VALUE);
    }
    return result;
  }

  void jeto(String text) {
    line(ConsoleStream.JETO, "[jeto] " + text);
  }

  /** Stores what is still queued and stops the writer; rethrows a storage failure. */
  @Override
  public void close() {
    try {
      queue.put(END);
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void writeAll() {
    List<NewLine> batch = new ArrayList<>(BATCH_LINES);
    boolean ended = false;
    while (!ended) {
      try {
        NewLine first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, BATCH_LINES - 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      ended = batch.removeIf(line -> line == END);
      store(batch);
      batch.clear();
    }
  }

  private void store(List<NewLine> batch) {
    if (batch.isEmpty() || failure != null) {
      return;
    }
    try {
      consoles.append(commandId, batch);
      notifier.changed(commandId);
    } catch (RuntimeException e) {
      // Kept for close(): the command then fails instead of claiming a console it lost.
      failure = e;
    }
  }
}
