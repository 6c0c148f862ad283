package io.jeto.bootstrap.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.jeto.bootstrap.access.AccessJeto.Reply;
import io.jeto.bootstrap.access.AccessWorld.Caller;
import io.jeto.bootstrap.access.Probe.Call;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint of the API with every kind of caller, over HTTP against one started Jeto: the
 * answer must be the one issue 4 gives (401 without a working key, 404 for what the caller may not
 * see, 403 for what it sees but may not do), and a refused write must leave everything an
 * administrator can read exactly as it was, with no Vagrant command run.
 *
 * <p>The rows are {@link CallerProfile#rows()}, the columns {@link Endpoints#all()}; the grid of
 * answers is printed, and written to {@code target/access-matrix.txt}, when the run ends.
 */
class AccessMatrixTest {

  private static final List<CallerProfile> ROWS = CallerProfile.rows();
  private static final List<Probe> COLUMNS = Endpoints.all();
  private static final Map<String, String> ANSWERS = new ConcurrentHashMap<>();

  @TempDir static Path dataDir;
  @TempDir static Path tools;
  private static AccessWorld world;

  @BeforeAll
  static void startJetoWithFixtures() {
    world = AccessWorld.build(dataDir, tools, ROWS);
    Endpoints.instanceAFromGit = world.instanceAFromGit;
  }

  @AfterAll
  static void stopJetoAndPrintTheGrid() throws IOException {
    try {
      String grid = grid();
      System.out.println(grid);
      Path target = Path.of("target");
      if (Files.isDirectory(target)) {
        Files.writeString(target.resolve("access-matrix.txt"), grid);
      }
    } finally {
      if (world != null) {
        world.close();
      }
    }
  }

  @TestFactory
  Stream<DynamicContainer>
      givenEachCaller_everyEndpoint_answersByTheRulesAndRefusalsChangeNothing() {
    return ROWS.stream()
        .map(
            row ->
                dynamicContainer(
                    row.label(),
                    COLUMNS.stream()
                        .map(
                            probe ->
                                dynamicTest(
                                    probe.name() + " -> " + probe.expect().apply(row),
                                    () -> cell(row, probe)))));
  }

  /** The guard the matrix relies on: a write that does happen shows in the snapshot. */
  @Test
  void givenWritesThatSucceed_snapshot_showsEachOfThem() {
    world.awaitQuiet();
    JsonNode before = world.snapshot();

    world.admin("PATCH", "/api/instances/" + world.instanceB, Map.of("environment", "seen"), 200);
    world.admin(
        "POST", "/api/instances/" + world.instanceB + "/commands", Map.of("action", "status"), 202);
    world.admin(
        "PUT",
        "/api/hosts/" + world.far,
        AccessWorld.hostBody("far", AccessWorld.FAR_SECRET, "seen"),
        200);
    world.admin("PATCH", "/api/users/" + world.victim, Map.of("email", "seen@example.org"), 200);
    world.awaitQuiet();

    assertThat(diff(before, world.snapshot()))
        .extracting(change -> change.substring(0, change.indexOf(':')))
        .containsExactlyInAnyOrder(
            "instances", "commands of instance " + world.instanceB, "hosts", "users");
  }

  private static void cell(CallerProfile row, Probe probe) {
    Expect expect = probe.expect().apply(row);
    Caller caller = world.caller(row);
    world.awaitQuiet();
    Call call = probe.prepare().prepare(world, caller);
    Reply reply = null;
    try {
      JsonNode before = probe.write() ? world.snapshot() : null;
      int mark = world.vagrantCallCount();

      reply =
          world.jeto.send(
              call.method(),
              call.path(),
              caller.key(),
              AccessJeto.write(call.body()),
              row.bearer(),
              call.headers());

      ANSWERS.put(row.label() + "|" + probe.name(), cellText(expect, reply.status()));
      boolean succeeded = reply.status() >= 200 && reply.status() < 300;
      SoftAssertions softly = new SoftAssertions();
      softly
          .assertThat(reply.status())
          .as(
              "%s as '%s': expected %s (%s), got %s",
              probe.name(), row.label(), expect, expect.why(), reply)
          .isIn(expect.codes());
      if (probe.write() && !succeeded) {
        softly
            .assertThat(diff(before, world.snapshot()))
            .as("changed by a refused write")
            .isEmpty();
        softly
            .assertThat(world.machineChangingCallsSince(mark))
            .as("vagrant run by a refused write")
            .isEmpty();
      }
      softly.assertAll();
      if (succeeded) {
        probe.check().verify(world, caller, reply);
      }
    } finally {
      call.cleanup().accept(reply == null ? null : reply);
    }
  }

  private static String cellText(Expect expect, int status) {
    return expect.accepts(status) ? String.valueOf(status) : status + "!" + expect;
  }

  /** The parts of two snapshots that differ, one line each. */
  static List<String> diff(JsonNode before, JsonNode after) {
    List<String> changes = new ArrayList<>();
    Iterator<String> names = after.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!after.get(name).equals(before.get(name))) {
        changes.add(name + ": before " + before.get(name) + "\n      after " + after.get(name));
      }
    }
    before
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!after.has(name)) {
                changes.add(name + ": gone");
              }
            });
    return changes;
  }

  private static String grid() {
    StringBuilder text =
        new StringBuilder("Access matrix: answer per caller (row) and endpoint (column);");
    text.append(" 'got!expected' marks a cell that broke the rules.\n\nColumns:\n");
    Map<String, String> shortNames = new LinkedHashMap<>();
    for (int i = 0; i < COLUMNS.size(); i++) {
      String label = "C" + (i + 1);
      shortNames.put(COLUMNS.get(i).name(), label);
      text.append(String.format("  %-4s %s%n", label, COLUMNS.get(i).name()));
    }
    text.append("\n");
    int misses = 0;
    for (CallerProfile row : ROWS) {
      text.append(row.label()).append("\n   ");
      int inLine = 0;
      for (Probe probe : COLUMNS) {
        String answer = ANSWERS.getOrDefault(row.label() + "|" + probe.name(), "-");
        if (answer.contains("!")) {
          misses++;
        }
        text.append(String.format(" %s=%s", shortNames.get(probe.name()), answer));
        if (++inLine % 12 == 0) {
          text.append("\n   ");
        }
      }
      text.append("\n");
    }
    text.append(
        String.format(
            "%n%d rows x %d columns, %d cells off the rules%n",
            ROWS.size(), COLUMNS.size(), misses));
    return text.toString();
  }
}
