package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VagrantProcessRunnerTest {

  private static final Duration GENEROUS = Duration.ofSeconds(30);
  private static final int KEEP = 64 * 1024;
  private static final Pattern PID = Pattern.compile("(parent|child) (\\d+)");

  @TempDir Path dir;

  private final VagrantProcessRunner runner = new VagrantProcessRunner(Duration.ofMillis(500));

  @Test
  void givenScriptThatExitsSeven_run_passesTheCodeAndBothStreams() throws Exception {
    Path script = FakeVagrant.script(dir, "exit7", "echo out; echo err >&2; exit 7");

    ProcessOutcome outcome = runner.run(request(script, Map.of(), GENEROUS));

    assertThat(outcome.exitCode()).isEqualTo(7);
    assertThat(outcome.stdout()).isEqualTo("out\n");
    assertThat(outcome.stderr()).isEqualTo("err\n");
    assertThat(outcome.timedOut()).isFalse();
    assertThat(outcome.truncated()).isFalse();
    assertThat(outcome.startFailure()).isEmpty();
  }

  @Test
  void givenScriptThatSucceeds_run_givesExitCodeZero() throws Exception {
    Path script = FakeVagrant.script(dir, "ok", "true");

    ProcessOutcome outcome = runner.run(request(script, Map.of(), GENEROUS));

    assertThat(outcome.exitCode()).isZero();
  }

  @Test
  void givenFloodOnBothStreams_run_neitherBlocksAndEachKeepsItsLimit() throws Exception {
    Path script =
        FakeVagrant.script(
            dir,
            "flood",
            """
            head -c 4000000 /dev/zero | tr '\\0' e >&2
            head -c 4000000 /dev/zero | tr '\\0' o
            head -c 4000000 /dev/zero | tr '\\0' e >&2\
            """);

    ProcessOutcome outcome = runner.run(request(script, Map.of(), GENEROUS));

    assertThat(outcome.timedOut()).isFalse();
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.truncated()).isTrue();
    assertThat(outcome.stdout()).hasSize(KEEP).matches("o+");
    assertThat(outcome.stderr()).hasSize(KEEP).matches("e+");
  }

  @Test
  void givenTreeThatOutlivesTheTimeout_run_killsParentAndChild() throws Exception {
    Path script =
        FakeVagrant.script(dir, "tree", "sleep 300 &\necho \"child $!\"\necho \"parent $$\"\nwait");

    long started = System.nanoTime();
    ProcessOutcome outcome = runner.run(request(script, Map.of(), Duration.ofSeconds(1)));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(outcome.timedOut()).isTrue();
    assertThat(took).isLessThan(Duration.ofSeconds(10));
    assertThat(pids(outcome.stdout())).hasSize(2).noneMatch(VagrantProcessRunnerTest::isAlive);
  }

  @Test
  void givenTreeThatIgnoresTerm_run_killsItByForce() throws Exception {
    Path script =
        FakeVagrant.script(
            dir,
            "stubborn",
            "trap '' TERM\nsleep 300 &\necho \"child $!\"\necho \"parent $$\"\nwait\n"
                + "exec sleep 300");

    ProcessOutcome outcome = runner.run(request(script, Map.of(), Duration.ofSeconds(1)));

    assertThat(outcome.timedOut()).isTrue();
    assertThat(outcome.exitCode()).isEqualTo(137);
    assertThat(pids(outcome.stdout())).hasSize(2).noneMatch(VagrantProcessRunnerTest::isAlive);
  }

  @Test
  void givenInterruptedCaller_run_killsTheTreeAndThrows() throws Exception {
    Path script = FakeVagrant.script(dir, "slow", "sleep 300 &\necho $! > child.pid\nwait");
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread caller =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    runner.run(request(script, Map.of(), GENEROUS));
                  } catch (Throwable e) {
                    thrown.set(e);
                  }
                });
    Path pidFile = dir.resolve("child.pid");
    while (!Files.exists(pidFile) || Files.size(pidFile) == 0) {
      Thread.sleep(20);
    }

    caller.interrupt();
    caller.join(Duration.ofSeconds(10));

    assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    assertThat(isAlive(Long.parseLong(Files.readString(pidFile).strip()))).isFalse();
  }

  @Test
  void givenMissingBinary_run_reportsAStartFailureNamingIt() throws Exception {
    Path missing = dir.resolve("no-such-vagrant");

    ProcessOutcome outcome = runner.run(request(missing, Map.of(), GENEROUS));

    assertThat(outcome.startFailure())
        .hasValueSatisfying(m -> assertThat(m).contains(missing.toString()));
    assertThat(outcome.exitCode()).isEqualTo(-1);
  }

  @Test
  void givenMissingDirectory_run_reportsAStartFailure() throws Exception {
    Path script = FakeVagrant.script(dir, "ok", "true");
    Path gone = dir.resolve("gone");
    ProcessRequest request =
        new ProcessRequest(List.of(script.toString()), gone, Map.of(), GENEROUS, KEEP);

    ProcessOutcome outcome = runner.run(request);

    assertThat(outcome.startFailure())
        .hasValueSatisfying(m -> assertThat(m).contains(gone + " is not a directory"));
  }

  @Test
  void givenCallVariables_run_addsThemWithVagrantsOwnAndTheDirectoryAsVagrantCwd()
      throws Exception {
    Path script = FakeVagrant.script(dir, "env", "env");
    Map<String, String> variables =
        Map.of(
            "JETO_PARAM", "a value",
            "VAGRANT_CWD", "/somewhere/else",
            "VAGRANT_CHECKPOINT_DISABLE", "0");

    ProcessOutcome outcome = runner.run(request(script, variables, GENEROUS));

    List<String> lines = Arrays.asList(outcome.stdout().split("\n"));
    assertThat(lines)
        .contains("JETO_PARAM=a value", "VAGRANT_CWD=" + dir, "VAGRANT_CHECKPOINT_DISABLE=1")
        .doesNotContain("VAGRANT_CWD=/somewhere/else")
        .anyMatch(line -> line.startsWith("PATH="));
  }

  @Test
  void givenServiceSettingsInItsOwnEnvironment_run_passesOnlyTheCallsJetoVariables()
      throws Exception {
    ServiceSettings.requireInherited();
    Path script = FakeVagrant.script(dir, "env", "env");

    ProcessOutcome outcome = runner.run(request(script, Map.of("JETO_PARAM", "a"), GENEROUS));

    List<String> lines = Arrays.asList(outcome.stdout().split("\n"));
    assertThat(ServiceSettings.jetoLines(lines)).containsExactly("JETO_PARAM=a");
    assertThat(lines).anyMatch(line -> line.startsWith("PATH="));
  }

  @Test
  void givenVariableThatCannotBePassed_run_refusesWithoutShowingTheValue() throws Exception {
    Path script = FakeVagrant.script(dir, "ok", "true");

    ProcessOutcome outcome = runner.run(request(script, Map.of("TOKEN", "se\0cret"), GENEROUS));

    assertThat(outcome.startFailure())
        .hasValueSatisfying(
            message -> assertThat(message).contains("'TOKEN'").doesNotContain("se\0cret", "cret"));
  }

  private ProcessRequest request(Path program, Map<String, String> variables, Duration timeout) {
    return new ProcessRequest(List.of(program.toString()), dir, variables, timeout, KEEP);
  }

  private static List<Long> pids(String stdout) {
    Matcher matcher = PID.matcher(stdout);
    return matcher.results().map(result -> Long.parseLong(result.group(2))).toList();
  }

  // The JDK sees a zombie as gone, which it is for our purpose: it runs nothing.
  private static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
