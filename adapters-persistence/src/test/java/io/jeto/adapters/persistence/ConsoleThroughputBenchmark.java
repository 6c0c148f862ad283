package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.domain.command.CommandAction;
import io.jeto.domain.command.ConsoleStream;
import io.jeto.domain.command.NewCommand;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.NewInstance;
import io.jeto.domain.port.ConsoleRepository.NewLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures how many short lines a second one console takes, capped and not. Run it with {@code
 * -Djeto.benchmark=true}; it prints its figures and checks only that the cap held.
 */
@EnabledIfSystemProperty(named = "jeto.benchmark", matches = "true")
class ConsoleThroughputBenchmark {

  private static final int LINES = 1_000_000;
  private static final int BATCH = 1_000;
  private static final long EIGHT_MIB = 8L * 1024 * 1024;

  @TempDir Path directory;

  @Test
  void givenCapAboveTotal_append_storesMillionLines() throws IOException {
    run("uncapped", Long.MAX_VALUE, Integer.getInteger("jeto.benchmark.batch", BATCH));
  }

  @Test
  void givenEightMibCap_append_dropsWhileStoringMillionLines() throws IOException {
    run("8 MiB cap", EIGHT_MIB, Integer.getInteger("jeto.benchmark.batch", BATCH));
  }

  private void run(String label, long cap, int batchSize) throws IOException {
    String url = JdbiPersistence.fileUrl(directory);
    try (JdbiPersistence persistence = TestPersistence.open(url)) {
      long commandId = newCommand(persistence);
      JdbiConsoleRepository consoles = persistence.consoles(cap);
      List<List<NewLine>> batches = batches(batchSize);
      long bytes = 0;
      for (List<NewLine> batch : batches) {
        for (NewLine line : batch) {
          bytes += line.text().length();
        }
      }

      long start = System.nanoTime();
      for (List<NewLine> batch : batches) {
        consoles.append(commandId, batch);
      }
      long elapsed = System.nanoTime() - start;

      long deleteStart = System.nanoTime();
      DatabaseProbe probe = new DatabaseProbe(url);
      long stored = probe.count("console_line");
      long storedBytes = probe.sum("console_line", "bytes");
      System.out.printf(
          "%s, batches of %d: %d lines (%d bytes) in %.2f s = %.0f lines/s; kept %d lines,"
              + " %d bytes%n",
          label,
          batchSize,
          LINES,
          bytes,
          elapsed / 1e9,
          LINES / (elapsed / 1e9),
          stored,
          storedBytes);
      System.out.printf(
          "%s: database file %d MiB%n",
          label, Files.size(directory.resolve("jeto.mv.db")) / (1024 * 1024));
      assertThat(storedBytes).isLessThanOrEqualTo(cap);
      persistence.instances().delete(persistence.instances().findAll().get(0).id());
      System.out.printf(
          "%s: instance deleted with its console in %.2f s%n",
          label, (System.nanoTime() - deleteStart) / 1e9);
    }
  }

  private static long newCommand(JdbiPersistence persistence) {
    long hostId = persistence.hosts().add(new NewHost("lxc-1", "lxc", Map.of())).id();
    long instanceId =
        persistence
            .instances()
            .add(
                new NewInstance(
                    "shop",
                    Path.of("/srv/shop"),
                    Optional.empty(),
                    Optional.empty(),
                    "dev",
                    hostId,
                    Optional.empty(),
                    false),
                EnvironmentStatus.unknown())
            .id();
    return persistence
        .commands()
        .add(
            new NewCommand(
                instanceId,
                CommandAction.START,
                Optional.empty(),
                Optional.empty(),
                "alice",
                Instant.now()))
        .id();
  }

  /** Lines of about 30 bytes, like a provisioner's, built before the clock starts. */
  private static List<List<NewLine>> batches(int batchSize) {
    List<List<NewLine>> batches = new ArrayList<>();
    List<NewLine> batch = new ArrayList<>();
    for (int number = 0; number < LINES; number++) {
      batch.add(
          new NewLine(ConsoleStream.STDOUT, String.format("==> web: step %09d done", number)));
      if (batch.size() == batchSize) {
        batches.add(batch);
        batch = new ArrayList<>();
      }
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }
}
