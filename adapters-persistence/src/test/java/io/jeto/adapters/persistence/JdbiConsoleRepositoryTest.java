package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.domain.command.CommandAction;
import io.jeto.domain.command.ConsoleLine;
import io.jeto.domain.command.ConsoleStream;
import io.jeto.domain.command.NewCommand;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.NewInstance;
import io.jeto.domain.port.ConsoleRepository.NewLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiConsoleRepositoryTest {

  /** A cap far above anything a test writes. */
  private static final long LARGE_CAP = 64L * 1024 * 1024;

  /** The smallest cap: a head of at most 128 bytes, so 12 lines of 10 bytes. */
  private static final long TINY_CAP = JdbiConsoleRepository.MIN_BYTES_PER_COMMAND;

  @TempDir Path directory;

  private JdbiPersistence persistence;
  private JdbiConsoleRepository consoles;
  private DatabaseProbe probe;
  private long instanceId;
  private long commandId;

  @BeforeEach
  void openDatabase() {
    persistence = TestPersistence.open(JdbiPersistence.fileUrl(directory));
    consoles = persistence.consoles(LARGE_CAP);
    probe = new DatabaseProbe(JdbiPersistence.fileUrl(directory));
    long hostId = persistence.hosts().add(new NewHost("lxc-1", "lxc", Map.of())).id();
    instanceId =
        persistence
            .instances()
            .add(
                new NewInstance(
                    "shop-dev",
                    Path.of("/srv/shop/dev"),
                    Optional.empty(),
                    Optional.empty(),
                    "dev",
                    hostId,
                    Optional.empty(),
                    false),
                EnvironmentStatus.unknown())
            .id();
    commandId = addCommand();
  }

  @AfterEach
  void closeDatabase() {
    persistence.close();
  }

  @Test
  void givenLinesOfEveryStream_append_storesThemInOrderWithIdsFromOne() {
    List<NewLine> lines =
        List.of(
            new NewLine(ConsoleStream.STDOUT, "Bringing machine 'web' up"),
            new NewLine(ConsoleStream.STDERR, "\u001b[31mwarning: héllo 日本 😀\u001b[0m"),
            new NewLine(ConsoleStream.JETO, "[jeto] timed out"),
            new NewLine(ConsoleStream.STDOUT, ""));

    consoles.append(commandId, lines);

    assertThat(consoles.readAfter(commandId, 0, 100))
        .containsExactly(
            new ConsoleLine(1, ConsoleStream.STDOUT, "Bringing machine 'web' up"),
            new ConsoleLine(2, ConsoleStream.STDERR, "\u001b[31mwarning: héllo 日本 😀\u001b[0m"),
            new ConsoleLine(3, ConsoleStream.JETO, "[jeto] timed out"),
            new ConsoleLine(4, ConsoleStream.STDOUT, ""));
  }

  @Test
  void givenSeveralAppends_append_keepsIdsIncreasingAcrossThem() {
    consoles.append(commandId, lines("a", 3));
    consoles.append(commandId, lines("b", 1));
    consoles.append(commandId, lines("c", 4));

    List<ConsoleLine> stored = consoles.readAfter(commandId, 0, 100);

    assertThat(stored).extracting(ConsoleLine::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(stored)
        .extracting(ConsoleLine::text)
        .containsExactly(
            "a-00000", "a-00001", "a-00002", "b-00000", "c-00000", "c-00001", "c-00002", "c-00003");
  }

  @Test
  void givenNoLines_append_storesNothing() {
    consoles.append(commandId, List.of());

    assertThat(consoles.readAfter(commandId, 0, 10)).isEmpty();
    assertThat(probe.count("console_meta")).isZero();
  }

  @Test
  void givenUnknownCommand_append_ignoresTheLines() {
    consoles.append(commandId + 100, lines("x", 3));

    assertThat(probe.count("console_line")).isZero();
    assertThat(probe.count("console_meta")).isZero();
  }

  @Test
  void givenManyLines_readAfter_pagesThroughThemInIdOrder() {
    consoles.append(commandId, lines("l", 25));

    List<ConsoleLine> first = consoles.readAfter(commandId, 0, 10);
    List<ConsoleLine> second = consoles.readAfter(commandId, 10, 10);
    List<ConsoleLine> third = consoles.readAfter(commandId, 20, 10);
    List<ConsoleLine> none = consoles.readAfter(commandId, 25, 10);

    assertThat(first).extracting(ConsoleLine::id).containsExactlyElementsOf(ids(1, 10));
    assertThat(second).extracting(ConsoleLine::id).containsExactlyElementsOf(ids(11, 20));
    assertThat(third).extracting(ConsoleLine::id).containsExactlyElementsOf(ids(21, 25));
    assertThat(none).isEmpty();
    assertThat(consoles.readAfter(commandId, 0, 0)).isEmpty();
  }

  @Test
  void givenTwoCommands_readAfter_returnsOnlyTheOnesOwnLines() {
    long otherId = addCommand();
    consoles.append(commandId, lines("mine", 2));
    consoles.append(otherId, lines("other", 3));

    List<ConsoleLine> mine = consoles.readAfter(commandId, 0, 100);

    assertThat(mine).extracting(ConsoleLine::text).containsExactly("mine-00000", "mine-00001");
    assertThat(consoles.readAfter(otherId, 0, 100))
        .extracting(ConsoleLine::id)
        .containsExactly(1L, 2L, 3L);
  }

  @Test
  void givenNegativeLimit_readAfter_throws() {
    assertThatThrownBy(() -> consoles.readAfter(commandId, 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenOutputAboveTinyCap_append_keepsHeadOneMarkerAndTail() {
    JdbiConsoleRepository capped = persistence.consoles(TINY_CAP);
    List<NewLine> all = tenByteLines(100);

    for (int from = 0; from < all.size(); from += 7) {
      capped.append(commandId, all.subList(from, Math.min(from + 7, all.size())));
    }

    // Head: 12 lines (120 bytes, within half the cap). Tail: what fits in 256 - 120 - 65.
    String marker = "[jeto] 810 bytes of output dropped here (console limit 256 bytes)";
    List<ConsoleLine> expected = new ArrayList<>();
    for (int id = 1; id <= 12; id++) {
      expected.add(stdout(id, tenBytes(id - 1)));
    }
    expected.add(new ConsoleLine(13, ConsoleStream.JETO, marker));
    for (int id = 94; id <= 100; id++) {
      expected.add(stdout(id, tenBytes(id - 1)));
    }
    List<ConsoleLine> stored = capped.readAfter(commandId, 0, 1000);
    assertThat(stored).containsExactlyElementsOf(expected);
    assertThat(bytes(stored)).isLessThanOrEqualTo(TINY_CAP);
    assertThat(probe.sum("console_line", "bytes")).isEqualTo(bytes(stored));
  }

  @Test
  void givenOutputAboveTinyCapInOneAppend_append_storesSameAsInMany() {
    JdbiConsoleRepository capped = persistence.consoles(TINY_CAP);
    long otherId = addCommand();
    List<NewLine> all = tenByteLines(100);

    capped.append(commandId, all);
    for (NewLine line : all) {
      capped.append(otherId, List.of(line));
    }

    List<ConsoleLine> stored = capped.readAfter(commandId, 0, 1000);
    assertThat(stored).hasSize(20);
    assertThat(stored.get(12))
        .isEqualTo(
            new ConsoleLine(
                13,
                ConsoleStream.JETO,
                "[jeto] 810 bytes of output dropped here (console limit 256 bytes)"));
    assertThat(capped.readAfter(otherId, 0, 1000)).isEqualTo(stored);
  }

  @Test
  void givenMarkerInPlace_append_updatesItsCountAndKeepsItsId() {
    JdbiConsoleRepository capped = persistence.consoles(TINY_CAP);
    List<NewLine> all = tenByteLines(300);
    capped.append(commandId, all.subList(0, 100));
    ConsoleLine before = markerOf(capped.readAfter(commandId, 0, 1000));

    capped.append(commandId, all.subList(100, 300));

    List<ConsoleLine> stored = capped.readAfter(commandId, 0, 1000);
    assertThat(before.id()).isEqualTo(13);
    assertThat(markerOf(stored))
        .isEqualTo(
            new ConsoleLine(
                13,
                ConsoleStream.JETO,
                "[jeto] 2810 bytes of output dropped here (console limit 256 bytes)"));
    assertThat(stored.subList(0, 12))
        .extracting(ConsoleLine::id)
        .containsExactlyElementsOf(ids(1, 12));
    assertThat(stored.subList(13, stored.size()))
        .extracting(ConsoleLine::id)
        .containsExactlyElementsOf(ids(294, 300));
    assertThat(bytes(stored)).isLessThanOrEqualTo(TINY_CAP);
  }

  @Test
  void givenMultiByteText_append_capsOnUtf8Bytes() {
    JdbiConsoleRepository capped = persistence.consoles(TINY_CAP);
    // Five characters, ten bytes in UTF-8: the same layout as ten ASCII bytes.
    List<NewLine> lines = new ArrayList<>();
    for (int index = 0; index < 100; index++) {
      String text = "éééé" + (char) ('à' + index % 20);
      assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(10);
      lines.add(new NewLine(ConsoleStream.STDOUT, text));
    }

    capped.append(commandId, lines);

    List<ConsoleLine> stored = capped.readAfter(commandId, 0, 1000);
    assertThat(stored).hasSize(20);
    assertThat(stored.get(12).text())
        .isEqualTo("[jeto] 810 bytes of output dropped here (console limit 256 bytes)");
  }

  @Test
  void givenLineLargerThanCap_append_dropsItBehindTheMarker() {
    JdbiConsoleRepository capped = persistence.consoles(TINY_CAP);
    capped.append(commandId, tenByteLines(12));

    capped.append(commandId, List.of(new NewLine(ConsoleStream.STDOUT, "x".repeat(300))));
    capped.append(commandId, List.of(new NewLine(ConsoleStream.STDERR, "after")));

    List<ConsoleLine> stored = capped.readAfter(commandId, 0, 1000);
    assertThat(stored).hasSize(14);
    assertThat(stored.get(12))
        .isEqualTo(
            new ConsoleLine(
                13,
                ConsoleStream.JETO,
                "[jeto] 300 bytes of output dropped here (console limit 256 bytes)"));
    assertThat(stored.get(13)).isEqualTo(new ConsoleLine(14, ConsoleStream.STDERR, "after"));
  }

  @Test
  void givenFirstLineAboveHalfCap_append_keepsNoHead() {
    JdbiConsoleRepository capped = persistence.consoles(TINY_CAP);
    List<NewLine> lines = new ArrayList<>();
    lines.add(new NewLine(ConsoleStream.STDOUT, "y".repeat(200)));
    lines.addAll(tenByteLines(10));

    capped.append(commandId, lines);

    List<ConsoleLine> stored = capped.readAfter(commandId, 0, 1000);
    assertThat(stored.get(0))
        .isEqualTo(
            new ConsoleLine(
                1,
                ConsoleStream.JETO,
                "[jeto] 200 bytes of output dropped here (console limit 256 bytes)"));
    assertThat(stored.subList(1, stored.size()))
        .extracting(ConsoleLine::id)
        .containsExactlyElementsOf(ids(2, 11));
  }

  @Test
  void givenConsoleReopened_append_carriesOnWithIdsAndCap() {
    String url = JdbiPersistence.fileUrl(directory);
    List<NewLine> all = tenByteLines(300);
    persistence.consoles(TINY_CAP).append(commandId, all.subList(0, 100));
    persistence.close();

    persistence = TestPersistence.open(url);
    JdbiConsoleRepository capped = persistence.consoles(TINY_CAP);
    capped.append(commandId, all.subList(100, 300));

    List<ConsoleLine> stored = capped.readAfter(commandId, 0, 1000);
    assertThat(markerOf(stored).text())
        .isEqualTo("[jeto] 2810 bytes of output dropped here (console limit 256 bytes)");
    assertThat(stored.get(stored.size() - 1)).isEqualTo(stdout(300, tenBytes(299)));
  }

  @Test
  void givenLineTooLongForItsColumn_append_storesNothingOfTheCall() {
    consoles.append(commandId, lines("ok", 2));
    List<NewLine> failing =
        List.of(
            new NewLine(ConsoleStream.STDOUT, "lost-1"),
            new NewLine(ConsoleStream.STDOUT, "lost-2"),
            new NewLine(
                ConsoleStream.STDOUT, "z".repeat(JdbiConsoleRepository.MAX_LINE_LENGTH + 1)));

    assertThatThrownBy(() -> consoles.append(commandId, failing)).isInstanceOf(JdbiException.class);

    consoles.append(commandId, List.of(new NewLine(ConsoleStream.STDOUT, "next")));
    assertThat(consoles.readAfter(commandId, 0, 100))
        .containsExactly(stdout(1, "ok-00000"), stdout(2, "ok-00001"), stdout(3, "next"));
  }

  @Test
  void givenLineOfLongestLength_append_storesIt() {
    String longest = "é".repeat(JdbiConsoleRepository.MAX_LINE_LENGTH);

    consoles.append(commandId, List.of(new NewLine(ConsoleStream.STDOUT, longest)));

    assertThat(consoles.readAfter(commandId, 0, 1)).containsExactly(stdout(1, longest));
    assertThat(probe.sum("console_line", "bytes"))
        .isEqualTo(2L * JdbiConsoleRepository.MAX_LINE_LENGTH);
  }

  @Test
  void givenNullStreamWhileDropping_append_deletesAndStoresNothing() {
    JdbiConsoleRepository capped = persistence.consoles(TINY_CAP);
    capped.append(commandId, tenByteLines(100));
    List<ConsoleLine> before = capped.readAfter(commandId, 0, 1000);
    List<NewLine> failing = new ArrayList<>(tenByteLines(20));
    failing.add(new NewLine(null, "no stream"));

    assertThatThrownBy(() -> capped.append(commandId, failing))
        .isInstanceOf(NullPointerException.class);

    assertThat(capped.readAfter(commandId, 0, 1000)).isEqualTo(before);
    capped.append(commandId, tenByteLines(1));
    List<ConsoleLine> after = capped.readAfter(commandId, 0, 1000);
    assertThat(after.get(after.size() - 1).id()).isEqualTo(101);
    assertThat(markerOf(after).text())
        .isEqualTo("[jeto] 820 bytes of output dropped here (console limit 256 bytes)");
  }

  @Test
  void givenNullText_append_storesNothingOfTheCall() {
    List<NewLine> failing =
        List.of(new NewLine(ConsoleStream.STDOUT, "lost"), new NewLine(ConsoleStream.STDOUT, null));

    assertThatThrownBy(() -> consoles.append(commandId, failing))
        .isInstanceOf(NullPointerException.class);

    assertThat(probe.count("console_line")).isZero();
    assertThat(probe.count("console_meta")).isZero();
  }

  @Test
  void givenTwoCommandsAppendedAtOnce_append_keepsEachConsoleWhole() throws Exception {
    long otherId = addCommand();
    int batches = 100;
    int perBatch = 50;

    List<Long> commandIds = List.of(commandId, otherId);
    runTogether(
        commandIds.stream()
            .<Callable<Void>>map(
                id ->
                    () -> {
                      for (int batch = 0; batch < batches; batch++) {
                        consoles.append(id, lines(id + "/" + batch, perBatch));
                      }
                      return null;
                    })
            .toList());

    for (long id : commandIds) {
      List<ConsoleLine> stored = consoles.readAfter(id, 0, batches * perBatch + 1);
      assertThat(stored)
          .extracting(ConsoleLine::id)
          .containsExactlyElementsOf(ids(1, batches * perBatch));
      assertThat(stored).allSatisfy(line -> assertThat(line.text()).startsWith(id + "/"));
      assertThat(stored.get(perBatch).text()).isEqualTo(id + "/1-00000");
    }
  }

  @Test
  void givenOneCommandAppendedFromSeveralThreads_append_givesEachBatchConsecutiveIds()
      throws Exception {
    int threads = 4;
    int batches = 50;
    int perBatch = 10;

    runTogether(
        IntStream.range(0, threads)
            .<Callable<Void>>mapToObj(
                thread ->
                    () -> {
                      for (int batch = 0; batch < batches; batch++) {
                        consoles.append(commandId, lines(thread + "/" + batch, perBatch));
                      }
                      return null;
                    })
            .toList());

    List<ConsoleLine> stored = consoles.readAfter(commandId, 0, 10_000);
    assertThat(stored)
        .extracting(ConsoleLine::id)
        .containsExactlyElementsOf(ids(1, threads * batches * perBatch));
    for (int start = 0; start < stored.size(); start += perBatch) {
      String batch = stored.get(start).text().replace("-00000", "");
      for (int offset = 0; offset < perBatch; offset++) {
        assertThat(stored.get(start + offset).text())
            .isEqualTo(batch + String.format("-%05d", offset));
      }
    }
  }

  @Test
  void givenRandomOutput_append_keepsWhatTheCapRuleKeeps() {
    for (long seed = 1; seed <= 6; seed++) {
      Random random = new Random(seed);
      long cap = List.of(256L, 300L, 1000L, 4096L).get(random.nextInt(4));
      JdbiConsoleRepository capped = persistence.consoles(cap);
      long id = addCommand();
      List<NewLine> appended = new ArrayList<>();
      for (int call = 0; call < 40; call++) {
        List<NewLine> lines = new ArrayList<>();
        for (int count = random.nextInt(30); count > 0; count--) {
          lines.add(randomLine(random));
        }

        capped.append(id, lines);

        appended.addAll(lines);
        assertThat(capped.readAfter(id, 0, 10_000))
            .as("seed %d, cap %d, call %d", seed, cap, call)
            .isEqualTo(kept(appended, cap, capped));
      }
    }
  }

  @Test
  void givenCapBelowMinimum_constructor_throws() {
    assertThatThrownBy(() -> persistence.consoles(TINY_CAP - 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("256");
  }

  @Test
  void givenLongestCount_markerText_leavesRoomForTheHeadInTheSmallestCap() {
    JdbiConsoleRepository capped = persistence.consoles(TINY_CAP);

    String marker = capped.markerText(Long.MAX_VALUE);

    assertThat((long) marker.length()).isLessThanOrEqualTo(TINY_CAP - TINY_CAP / 2);
  }

  @Test
  void givenAnyText_utf8Length_countsAsGetBytesDoes() {
    List<String> texts =
        List.of(
            "",
            "plain",
            "héllo",
            "日本語",
            "😀 emoji",
            "lone \uD800 high",
            "lone \uDC00 low",
            "end \uD83D");

    for (String text : texts) {
      assertThat(JdbiConsoleRepository.utf8Length(text))
          .as(text)
          .isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  private long addCommand() {
    return persistence
        .commands()
        .add(
            new NewCommand(
                instanceId,
                CommandAction.PROVISION,
                Optional.empty(),
                Optional.empty(),
                "alice",
                Instant.parse("2024-05-17T08:30:00Z")))
        .id();
  }

  /** Up to 240 bytes of text, with characters of one, two, three and four bytes. */
  private static NewLine randomLine(Random random) {
    StringBuilder text = new StringBuilder();
    for (int length = random.nextInt(60); length > 0; length--) {
      int kind = random.nextInt(10);
      text.append(kind == 0 ? "é" : kind == 1 ? "日" : kind == 2 ? "😀" : "abc".substring(kind % 3));
    }
    ConsoleStream stream = random.nextBoolean() ? ConsoleStream.STDOUT : ConsoleStream.STDERR;
    return new NewLine(stream, text.toString());
  }

  /**
   * What the cap rule keeps of all the lines appended: the head, then, once anything went, the
   * marker in the place of the first line dropped and the longest run of latest lines that fits.
   */
  private static List<ConsoleLine> kept(
      List<NewLine> appended, long cap, JdbiConsoleRepository capped) {
    List<ConsoleLine> all = new ArrayList<>();
    long[] sizes = new long[appended.size()];
    for (int index = 0; index < appended.size(); index++) {
      NewLine line = appended.get(index);
      all.add(new ConsoleLine(index + 1, line.stream(), line.text()));
      sizes[index] = line.text().getBytes(StandardCharsets.UTF_8).length;
    }
    int headEnd = 0;
    long head = 0;
    while (headEnd < sizes.length && head + sizes[headEnd] <= cap / 2) {
      head += sizes[headEnd++];
    }
    long tail = LongStream.of(sizes).sum() - head;
    if (head + tail <= cap) {
      return all;
    }
    long dropped = 0;
    for (int start = headEnd; start < sizes.length; start++) {
      dropped += sizes[start];
      tail -= sizes[start];
      String marker = capped.markerText(dropped);
      if (head + tail + marker.length() <= cap || start == sizes.length - 1) {
        List<ConsoleLine> kept = new ArrayList<>(all.subList(0, headEnd));
        kept.add(new ConsoleLine(headEnd + 1, ConsoleStream.JETO, marker));
        kept.addAll(all.subList(start + 1, all.size()));
        return kept;
      }
    }
    throw new AssertionError("unreachable");
  }

  private static void runTogether(List<Callable<Void>> tasks) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(tasks.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Void>> results = new ArrayList<>();
      for (Callable<Void> task : tasks) {
        results.add(
            executor.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      for (Future<Void> result : results) {
        result.get();
      }
    } finally {
      executor.shutdownNow();
    }
  }

  /** Lines such as {@code prefix-00003}. */
  private static List<NewLine> lines(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(
            index -> new NewLine(ConsoleStream.STDOUT, String.format("%s-%05d", prefix, index)))
        .toList();
  }

  private static List<NewLine> tenByteLines(int count) {
    return IntStream.range(0, count)
        .mapToObj(index -> new NewLine(ConsoleStream.STDOUT, tenBytes(index)))
        .toList();
  }

  /** Ten ASCII bytes: {@code line-00042}. */
  private static String tenBytes(int index) {
    return String.format("line-%05d", index);
  }

  private static ConsoleLine stdout(long id, String text) {
    return new ConsoleLine(id, ConsoleStream.STDOUT, text);
  }

  private static ConsoleLine markerOf(List<ConsoleLine> lines) {
    List<ConsoleLine> markers =
        lines.stream().filter(line -> line.stream() == ConsoleStream.JETO).toList();
    assertThat(markers).hasSize(1);
    return markers.get(0);
  }

  private static long bytes(List<ConsoleLine> lines) {
    return lines.stream()
        .mapToLong(line -> line.text().getBytes(StandardCharsets.UTF_8).length)
        .sum();
  }

  private static List<Long> ids(long first, long last) {
    return LongStream.rangeClosed(first, last).boxed().toList();
  }
}
