package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.CommandOutcome;
import io.jeto.domain.command.ConsoleSink;
import io.jeto.domain.command.ConsoleStream;
import io.jeto.domain.port.VagrantCall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliVagrantCommandRunnerTest {

  private static final Duration GENEROUS = Duration.ofSeconds(60);
  private static final Duration GRACE = Duration.ofMillis(500);
  private static final Pattern PID = Pattern.compile("(?:parent|child) (\\d+)");

  @TempDir Path dir;

  private final RecordingConsole console = new RecordingConsole();

  @Test
  void givenScriptWritingBothStreams_run_streamsEachInItsOwnOrder() {
    Path vagrant =
        FakeVagrant.script(
            dir,
            "vagrant",
            "for i in $(seq 1 1000); do echo \"out $i\"; echo \"err $i\" >&2; done");

    CommandOutcome outcome = run(vagrant, List.of("up"), GENEROUS, new CancelSignal());

    assertThat(outcome).isEqualTo(CommandOutcome.exited(0));
    assertThat(console.texts(ConsoleStream.STDOUT)).isEqualTo(numbered("out ", 1000));
    assertThat(console.texts(ConsoleStream.STDERR)).isEqualTo(numbered("err ", 1000));
  }

  @Test
  void givenScriptThatFails_run_givesItsExitCode() {
    Path vagrant = FakeVagrant.script(dir, "vagrant", "echo \"args: $*\"\nexit 3");

    CommandOutcome outcome = run(vagrant, List.of("up", "--", "web"), GENEROUS, new CancelSignal());

    assertThat(outcome).isEqualTo(CommandOutcome.exited(3));
    assertThat(outcome.succeeded()).isFalse();
    assertThat(console.texts(ConsoleStream.STDOUT)).containsExactly("args: up -- web");
  }

  @Test
  void givenCallVariables_run_addsThemPinsVagrantCwdAndClosesStandardInput() {
    Path vagrant = FakeVagrant.script(dir, "vagrant", "env\nread line; echo \"read exited $?\"");
    VagrantCall call =
        new VagrantCall(dir, Map.of("JETO_PARAM", "a value", "VAGRANT_CWD", "/elsewhere"));

    CommandOutcome outcome = runner().run(call, List.of(), GENEROUS, console, new CancelSignal());

    assertThat(outcome.succeeded()).isTrue();
    assertThat(console.texts(ConsoleStream.STDOUT))
        .contains(
            "JETO_PARAM=a value",
            "VAGRANT_CWD=" + dir,
            "VAGRANT_CHECKPOINT_DISABLE=1",
            "read exited 1")
        .doesNotContain("VAGRANT_CWD=/elsewhere")
        .anyMatch(line -> line.startsWith("PATH="));
  }

  @Test
  void givenServiceSettingsInItsOwnEnvironment_run_keepsThemFromVagrant() {
    ServiceSettings.requireInherited();
    Path vagrant = FakeVagrant.script(dir, "vagrant", "env");

    CommandOutcome outcome = run(vagrant, List.of(), GENEROUS, new CancelSignal());

    assertThat(outcome.succeeded()).isTrue();
    assertThat(ServiceSettings.jetoLines(console.texts(ConsoleStream.STDOUT))).isEmpty();
    assertThat(console.texts(ConsoleStream.STDOUT)).anyMatch(line -> line.startsWith("PATH="));
  }

  @Test
  void givenCrLfAndUtf8Output_run_passesCleanLines() {
    Path vagrant =
        FakeVagrant.script(dir, "vagrant", "printf 'caf\\xc3\\xa9\\r\\nbad \\xff\\nlast'");

    run(vagrant, List.of(), GENEROUS, new CancelSignal());

    assertThat(console.texts(ConsoleStream.STDOUT)).containsExactly("café", "bad \uFFFD", "last");
  }

  @Test
  void givenTreeThatOutlivesTheTimeout_run_killsParentAndChildAndSaysTimedOut() {
    Path vagrant =
        FakeVagrant.script(
            dir, "vagrant", "sleep 300 &\necho \"child $!\"\necho \"parent $$\"\nwait");

    long started = System.nanoTime();
    CommandOutcome outcome = run(vagrant, List.of(), Duration.ofSeconds(1), new CancelSignal());
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(outcome.timedOut()).isTrue();
    assertThat(outcome.cancelled()).isFalse();
    assertThat(outcome.succeeded()).isFalse();
    assertThat(took).isLessThan(Duration.ofSeconds(10));
    assertThat(pids()).hasSize(2).noneMatch(CliVagrantCommandRunnerTest::isAlive);
  }

  @Test
  void givenTreeThatIgnoresTerm_run_killsItByForceAfterTheGrace() {
    Path vagrant =
        FakeVagrant.script(
            dir,
            "vagrant",
            "trap '' TERM\nsleep 300 &\necho \"child $!\"\necho \"parent $$\"\nwait\n"
                + "exec sleep 300");

    CommandOutcome outcome = run(vagrant, List.of(), Duration.ofSeconds(1), new CancelSignal());

    assertThat(outcome.timedOut()).isTrue();
    assertThat(outcome.exitCode()).isEqualTo(137);
    assertThat(pids()).hasSize(2).noneMatch(CliVagrantCommandRunnerTest::isAlive);
  }

  @Test
  void givenCancelDuringALongRun_run_killsTheTreeAndSaysCancelled() throws Exception {
    Path vagrant =
        FakeVagrant.script(
            dir, "vagrant", "sleep 300 &\necho \"child $!\"\necho \"parent $$\"\nwait");
    CancelSignal cancel = new CancelSignal();
    AtomicReference<CommandOutcome> outcome = new AtomicReference<>();
    Thread caller =
        Thread.ofVirtual().start(() -> outcome.set(run(vagrant, List.of(), GENEROUS, cancel)));
    console.await(text -> text.startsWith("parent "));

    long cancelled = System.nanoTime();
    cancel.cancel();
    caller.join(Duration.ofSeconds(20));
    Duration took = Duration.ofNanos(System.nanoTime() - cancelled);

    assertThat(outcome.get().cancelled()).isTrue();
    assertThat(outcome.get().timedOut()).isFalse();
    assertThat(took).isLessThan(Duration.ofSeconds(10));
    assertThat(pids()).hasSize(2).noneMatch(CliVagrantCommandRunnerTest::isAlive);
  }

  @Test
  void givenSignalAlreadyGiven_run_startsNothing() {
    Path marker = dir.resolve("started");
    Path vagrant = FakeVagrant.script(dir, "vagrant", "touch '" + marker + "'");
    CancelSignal cancel = new CancelSignal();
    cancel.cancel();

    CommandOutcome outcome = run(vagrant, List.of(), GENEROUS, cancel);

    assertThat(outcome.cancelled()).isTrue();
    assertThat(marker).doesNotExist();
  }

  @Test
  void givenMissingBinary_run_failsToRunWithAMessageNamingTheCommand() {
    Path missing = dir.resolve("no-such-vagrant");

    CommandOutcome outcome = run(missing, List.of("up"), GENEROUS, new CancelSignal());

    assertThat(outcome.exitCode()).isEqualTo(-1);
    assertThat(outcome.failure())
        .hasValueSatisfying(message -> assertThat(message).contains(missing.toString()));
  }

  @Test
  void givenChildKeepingThePipeOpenAfterTheParentExits_run_returnsSoonAndDropsLaterLines()
      throws Exception {
    Path vagrant = FakeVagrant.script(dir, "vagrant", "(sleep 2; echo late) &\necho done\nexit 0");

    long started = System.nanoTime();
    CommandOutcome outcome = run(vagrant, List.of(), GENEROUS, new CancelSignal());
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    int linesWhenReturned = console.lines().size();
    Thread.sleep(2500);

    assertThat(outcome).isEqualTo(CommandOutcome.exited(0));
    assertThat(took).isLessThan(Duration.ofSeconds(2));
    assertThat(console.texts(ConsoleStream.STDOUT)).contains("done").doesNotContain("late");
    assertThat(console.texts(ConsoleStream.JETO))
        .singleElement()
        .asString()
        .contains("still holds it open");
    assertThat(console.lines()).hasSize(linesWhenReturned);
  }

  @Test
  void givenProcessThatClosesItsStreamsButRuns_run_stopsItAtTheTimeout() {
    Path vagrant =
        FakeVagrant.script(dir, "vagrant", "echo \"parent $$\"\nexec >&- 2>&-\nexec sleep 300");

    long started = System.nanoTime();
    CommandOutcome outcome = run(vagrant, List.of(), Duration.ofSeconds(1), new CancelSignal());
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(outcome.timedOut()).isTrue();
    assertThat(took).isLessThan(Duration.ofSeconds(10));
    assertThat(pids()).hasSize(1).noneMatch(CliVagrantCommandRunnerTest::isAlive);
  }

  @Test
  void givenFloodOfLines_run_streamsEveryOneInOrderWithoutKeepingThem() {
    Path vagrant = FakeVagrant.script(dir, "vagrant", "seq 1 200000\necho end >&2");
    AtomicLong count = new AtomicLong();
    AtomicLong outOfOrder = new AtomicLong();
    ConsoleSink counting =
        (stream, text) -> {
          if (stream == ConsoleStream.STDOUT
              && !text.equals(Long.toString(count.incrementAndGet()))) {
            outOfOrder.incrementAndGet();
          }
        };

    CommandOutcome outcome =
        runner().run(call(), List.of(), GENEROUS, counting, new CancelSignal());

    assertThat(outcome.succeeded()).isTrue();
    assertThat(count).hasValue(200_000);
    assertThat(outOfOrder).hasValue(0);
  }

  @Test
  void givenBothStreamsAtOnce_run_neverCallsTheConsoleFromTwoThreadsAtATime() {
    Path vagrant = FakeVagrant.script(dir, "vagrant", "seq 1 20000 &\nseq 1 20000 >&2 &\nwait");
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();
    ConsoleSink watching =
        (stream, text) -> {
          mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
          Thread.onSpinWait();
          inside.decrementAndGet();
        };

    CommandOutcome outcome =
        runner().run(call(), List.of(), GENEROUS, watching, new CancelSignal());

    assertThat(outcome.succeeded()).isTrue();
    assertThat(mostInside).hasValue(1);
  }

  @Test
  void givenConsoleThatThrows_run_keepsDrainingAndEnds() {
    Path vagrant = FakeVagrant.script(dir, "vagrant", "seq 1 100000");
    ConsoleSink broken =
        (stream, text) -> {
          throw new IllegalStateException("console store is down");
        };

    CommandOutcome outcome =
        runner().run(call(), List.of(), Duration.ofSeconds(20), broken, new CancelSignal());

    assertThat(outcome).isEqualTo(CommandOutcome.exited(0));
  }

  @Test
  void givenMissingDirectory_run_failsToRunNamingIt() {
    Path vagrant = FakeVagrant.script(dir, "vagrant", "true");
    Path gone = dir.resolve("gone");

    CommandOutcome outcome =
        runner(vagrant)
            .run(new VagrantCall(gone, Map.of()), List.of(), GENEROUS, console, new CancelSignal());

    assertThat(outcome.failure())
        .hasValueSatisfying(message -> assertThat(message).contains(gone + " is not a directory"));
  }

  private CommandOutcome run(
      Path vagrant, List<String> arguments, Duration timeout, CancelSignal cancel) {
    return runner(vagrant).run(call(), arguments, timeout, console, cancel);
  }

  private CliVagrantCommandRunner runner() {
    return runner(dir.resolve("vagrant"));
  }

  private static CliVagrantCommandRunner runner(Path vagrant) {
    return new CliVagrantCommandRunner(vagrant.toString(), GRACE);
  }

  private VagrantCall call() {
    return new VagrantCall(dir, Map.of());
  }

  private List<Long> pids() {
    return console.texts(ConsoleStream.STDOUT).stream()
        .map(PID::matcher)
        .filter(Matcher::matches)
        .map(matcher -> Long.parseLong(matcher.group(1)))
        .toList();
  }

  private static List<String> numbered(String prefix, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(index -> prefix + index).toList();
  }

  // The JDK sees a zombie as gone, which it is for our purpose: it runs nothing.
  private static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
