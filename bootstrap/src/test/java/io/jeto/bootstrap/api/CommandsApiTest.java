package io.jeto.bootstrap.api;

import static io.jeto.bootstrap.api.RunningJeto.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands over HTTP against a started Jeto, with a stand-in vagrant for what the real one
 * cannot be made to do on demand: slow runs, floods, failures, hangs and kills.
 */
class CommandsApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JETO_JSON =
      """
      {"scripts": {"hello": {"command": "echo hello from the machine; echo oops >&2; exit 0"},
                   "fail": {"command": "exit 3"},
                   "leak": {"command": "echo token=$API_TOKEN"}}}
      """;

  @TempDir Path dataDir;
  @TempDir Path tools;
  private RunningJeto jeto;
  private Path environment;

  @AfterEach
  void stopJeto() {
    if (jeto != null) {
      jeto.close();
    }
  }

  @Test
  void givenStart_followConsole_streamsLinesThenEndAndMachineIsRunningWithAddress() {
    long id = startWithInstance(Map.of(), Map.of());

    JsonNode command = requestCommand(id, Map.of("action", "start"), 202);
    List<ConsoleStreamClient.Event> events = follow(id, command, null);

    assertThat(texts(events)).contains("==> default: Machine booted and ready!");
    assertThat(events.getLast().name()).isEqualTo("end");
    assertThat(json(events.getLast().data()).get("state").asText()).isEqualTo("succeeded");
    assertIncreasingIds(events);
    JsonNode machine = jeto.get("/api/instances/" + id, ADMIN_KEY).json().get("status").get(0);
    assertThat(machine.get("status").asText()).isEqualTo("running");
    assertThat(machine.get("ip").asText()).isEqualTo("10.0.3.77");
    JsonNode stored = commandView(id, command);
    assertThat(stored.get("state").asText()).isEqualTo("succeeded");
    assertThat(stored.get("exit_code").asInt()).isZero();
    assertThat(stored.get("console").asText()).contains("Bringing machine 'default' up");
    assertThat(stored.get("requested_by").asText()).isEqualTo("admin");
  }

  @Test
  void givenRunningMachine_runScript_runsTheDeclaredCommandAndKeepsBothStreams() {
    long id = startWithInstance(Map.of(), Map.of());
    awaitEnd(id, requestCommand(id, Map.of("action", "start"), 202));

    JsonNode command = requestCommand(id, Map.of("action", "runScript", "script", "hello"), 202);
    JsonNode ended = awaitEnd(id, command);

    assertThat(ended.get("state").asText()).isEqualTo("succeeded");
    assertThat(ended.get("machine").asText()).isEqualTo("default");
    assertThat(ended.get("console").asText()).contains("hello from the machine", "oops");
  }

  @Test
  void givenScriptThatExitsNonZero_runScript_failsWithItsExitCode() {
    long id = startWithInstance(Map.of(), Map.of());
    awaitEnd(id, requestCommand(id, Map.of("action", "start"), 202));

    JsonNode ended =
        awaitEnd(id, requestCommand(id, Map.of("action", "runScript", "script", "fail"), 202));

    assertThat(ended.get("state").asText()).isEqualTo("failed");
    assertThat(ended.get("exit_code").asInt()).isEqualTo(3);
  }

  @Test
  void givenScriptPrintingAHostSecret_runScript_storesItMasked() {
    long id = startWithInstance(Map.of("API_TOKEN", "tok-4f9a2c"), Map.of());
    awaitEnd(id, requestCommand(id, Map.of("action", "start"), 202));

    JsonNode ended =
        awaitEnd(id, requestCommand(id, Map.of("action", "runScript", "script", "leak"), 202));

    assertThat(ended.get("console").asText())
        .contains("token=********")
        .doesNotContain("tok-4f9a2c");
  }

  @Test
  void givenBadActionMachineOrScript_requestCommand_answers400NamingItAndStoresNothing() {
    long id = startWithInstance(Map.of(), Map.of());

    JsonNode action = requestCommand(id, Map.of("action", "explode"), 400);
    JsonNode machine = requestCommand(id, Map.of("action", "start", "machine", "nosuch"), 400);
    JsonNode script = requestCommand(id, Map.of("action", "runScript", "script", "nosuch"), 400);
    JsonNode sync = requestCommand(id, Map.of("action", "sync"), 400);

    assertThat(action.get("field").asText()).isEqualTo("action");
    assertThat(action.get("detail").asText()).contains("start", "runScript");
    assertThat(machine.get("field").asText()).isEqualTo("machine");
    assertThat(machine.get("detail").asText()).contains("default");
    assertThat(script.get("field").asText()).isEqualTo("script");
    assertThat(script.get("detail").asText()).contains("fail, hello, leak");
    assertThat(sync.get("field").asText()).isEqualTo("action");
    assertThat(jeto.get("/api/instances/" + id + "/commands", ADMIN_KEY).json()).isEmpty();
  }

  @Test
  void givenSlowStart_secondCommand_waitsInLineWhileInstanceShowsBusy() {
    long id = startWithInstance(Map.of("FAKE_UP_SECONDS", "3"), Map.of());

    JsonNode start = requestCommand(id, Map.of("action", "start"), 202);
    JsonNode stop = requestCommand(id, Map.of("action", "stop"), 202);
    JsonNode whileBusy = awaitBusy(id);

    assertThat(whileBusy.get("busy").get("id").asLong()).isEqualTo(start.get("id").asLong());
    assertThat(state(id, stop)).isEqualTo("queued");
    assertThat(awaitEnd(id, stop).get("state").asText()).isEqualTo("succeeded");
    JsonNode first = commandView(id, start);
    JsonNode second = commandView(id, stop);
    assertThat(Instant.parse(second.get("started_at").asText()))
        .isAfterOrEqualTo(Instant.parse(first.get("finished_at").asText()));
    assertThat(jeto.get("/api/instances/" + id, ADMIN_KEY).json().get("busy").isNull()).isTrue();
  }

  @Test
  void givenLongRunningCommand_cancel_stopsTheProcessTreeAndSaysCancelled() throws Exception {
    long id = startWithInstance(Map.of("FAKE_UP_SECONDS", "300"), Map.of());
    JsonNode start = requestCommand(id, Map.of("action", "start"), 202);
    awaitState(id, start, "running");
    JsonNode queued = requestCommand(id, Map.of("action", "stop"), 202);

    RunningJeto.Reply cancelQueued = cancel(id, queued);
    RunningJeto.Reply cancelRunning = cancel(id, start);
    JsonNode ended = awaitEnd(id, start);

    assertThat(cancelQueued.status()).isEqualTo(200);
    assertThat(state(id, queued)).isEqualTo("cancelled");
    assertThat(cancelRunning.status()).isEqualTo(200);
    assertThat(ended.get("state").asText()).isEqualTo("cancelled");
    assertThat(ended.get("console").asText()).contains("[jeto] cancelled");
    assertNoFakeProcessAlive();
    assertThat(cancel(id, start).status()).isEqualTo(409);
  }

  @Test
  void givenCommandPastItsTimeout_start_isKilledAndFailsSayingSo() throws Exception {
    long id = startWithInstance(Map.of("FAKE_UP_SECONDS", "300"), Map.of("JETO_LONG_TIMEOUT", "2"));

    JsonNode ended = awaitEnd(id, requestCommand(id, Map.of("action", "start"), 202));

    assertThat(ended.get("state").asText()).isEqualTo("failed");
    assertThat(ended.get("console").asText()).contains("did not finish within 2 s");
    assertNoFakeProcessAlive();
  }

  @Test
  void givenFailingVagrant_start_failsWithExitCodeAndKeepsStderr() {
    long id = startWithInstance(Map.of("FAKE_EXIT", "7"), Map.of());

    JsonNode ended = awaitEnd(id, requestCommand(id, Map.of("action", "start"), 202));

    assertThat(ended.get("state").asText()).isEqualTo("failed");
    assertThat(ended.get("exit_code").asInt()).isEqualTo(7);
    assertThat(ended.get("console").asText()).contains("failing on purpose");
  }

  @Test
  void givenFloodOverTheConsoleCap_start_keepsHeadTailAndOneMarker() {
    long id =
        startWithInstance(
            Map.of("FAKE_UP_LINES", "100000lines"), Map.of("JETO_CONSOLE_MAX_BYTES", "65536"));

    JsonNode ended = awaitEnd(id, requestCommand(id, Map.of("action", "start"), 202));

    String console = ended.get("console").asText();
    assertThat(ended.get("state").asText()).isEqualTo("succeeded");
    assertThat(console).contains("flood line 1\n", "flood line 100000", "bytes of output dropped");
    assertThat(console.length()).isLessThan(70_000);
  }

  @Test
  void givenReconnectWithLastEventId_followConsole_resumesWithoutRepeatingOrLosing() {
    long id = startWithInstance(Map.of("FAKE_UP_LINES", "5000lines"), Map.of());
    JsonNode command = requestCommand(id, Map.of("action", "start"), 202);
    String path = consolePath(id, command);
    ConsoleStreamClient client = new ConsoleStreamClient(jeto.port());

    List<ConsoleStreamClient.Event> first = client.read(path, ADMIN_KEY, null, 1000);
    List<ConsoleStreamClient.Event> rest =
        client.read(path, ADMIN_KEY, first.getLast().id(), Integer.MAX_VALUE);

    List<ConsoleStreamClient.Event> all = new java.util.ArrayList<>(first);
    all.addAll(rest);
    assertIncreasingIds(all);
    List<String> flood = texts(all).stream().filter(text -> text.startsWith("flood line")).toList();
    assertThat(flood).hasSize(5000);
    assertThat(flood.getFirst()).isEqualTo("flood line 1");
    assertThat(flood.getLast()).isEqualTo("flood line 5000");
    assertThat(rest.getLast().name()).isEqualTo("end");
  }

  @Test
  void givenHistoricalSynchronousForm_postInstance_answersTheFinishedCommand() {
    long id = startWithInstance(Map.of(), Map.of());

    RunningJeto.Reply reply =
        jeto.post("/api/instances/" + id, ADMIN_KEY, Map.of("state", "start", "async", false));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("state").asText()).isEqualTo("succeeded");
    assertThat(reply.json().get("console").asText()).contains("Machine booted");
  }

  @Test
  void givenRenameAndDelete_instance_isRenamedThenDestroyedAndGoneButItsPathKept() {
    long id = startWithInstance(Map.of(), Map.of());
    awaitEnd(id, requestCommand(id, Map.of("action", "start"), 202));

    RunningJeto.Reply renamed =
        jeto.send(
            "PATCH",
            "/api/instances/" + id,
            ADMIN_KEY,
            "{\"name\": \"web2\", \"environment\": \"qa\"}");
    RunningJeto.Reply deleted = jeto.send("DELETE", "/api/instances/" + id, ADMIN_KEY, null);
    awaitGone(id);

    assertThat(renamed.json().get("name").asText()).isEqualTo("web2");
    assertThat(renamed.json().get("environment").asText()).isEqualTo("qa");
    assertThat(deleted.status()).isEqualTo(202);
    assertThat(deleted.json().get("action").asText()).isEqualTo("delete");
    assertThat(Files.isDirectory(environment)).as("a path Jeto did not create stays").isTrue();
    assertThat(Files.exists(environment.resolve(".fake-state"))).as("destroyed").isFalse();
  }

  @Test
  void givenServiceStoppedDuringCommand_restart_marksItInterruptedAndRunsTheQueue() {
    long id = startWithInstance(Map.of("FAKE_UP_SECONDS", "300"), Map.of());
    JsonNode start = requestCommand(id, Map.of("action", "start"), 202);
    awaitState(id, start, "running");
    JsonNode queued = requestCommand(id, Map.of("action", "status"), 202);
    jeto.close();

    jeto = RunningJeto.start(dataDir, settings(Map.of()));

    JsonNode interrupted = commandView(id, start);
    assertThat(interrupted.get("state").asText()).isEqualTo("interrupted");
    assertThat(interrupted.get("console").asText()).contains("Bringing machine 'default' up");
    assertThat(awaitEnd(id, queued).get("state").asText()).isEqualTo("succeeded");
  }

  private long startWithInstance(Map<String, String> hostParams, Map<String, String> extra) {
    jeto = RunningJeto.start(dataDir, settings(extra));
    environment =
        Environments.write(dataDir.resolve("workspaces"), "web", Environments.SINGLE_MACHINE);
    Environments.writeJetoJson(environment, JETO_JSON);
    long host =
        jeto.post(
                "/api/hosts",
                ADMIN_KEY,
                Map.of("name", "lab", "provider", "lxc", "params", hostParams))
            .json()
            .get("id")
            .asLong();
    RunningJeto.Reply created =
        jeto.post(
            "/api/instances",
            ADMIN_KEY,
            Map.of(
                "name", "web", "host", host, "environment", "dev", "path", environment.toString()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private Map<String, String> settings(Map<String, String> extra) {
    Map<String, String> settings = new HashMap<>(extra);
    settings.put("JETO_VAGRANT", FakeVagrant.stateful(tools).toString());
    return settings;
  }

  private JsonNode requestCommand(long id, Map<String, Object> body, int expected) {
    RunningJeto.Reply reply = jeto.post("/api/instances/" + id + "/commands", ADMIN_KEY, body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(expected);
    if (expected == 202) {
      assertThat(reply.header("Location")).isEqualTo(commandPath(id, reply.json()));
      assertThat(reply.json().get("state").asText()).isIn("queued", "running");
    }
    return reply.json();
  }

  private RunningJeto.Reply cancel(long id, JsonNode command) {
    return jeto.post(commandPath(id, command) + "/cancel", ADMIN_KEY, "{}");
  }

  private List<ConsoleStreamClient.Event> follow(long id, JsonNode command, String lastEventId) {
    return new ConsoleStreamClient(jeto.port())
        .read(consolePath(id, command), ADMIN_KEY, lastEventId, Integer.MAX_VALUE);
  }

  private JsonNode commandView(long id, JsonNode command) {
    return jeto.get(commandPath(id, command), ADMIN_KEY).json();
  }

  private String state(long id, JsonNode command) {
    return commandView(id, command).get("state").asText();
  }

  private JsonNode awaitEnd(long id, JsonNode command) {
    follow(id, command, null);
    return commandView(id, command);
  }

  private void awaitState(long id, JsonNode command, String state) {
    poll(() -> state(id, command).equals(state), "command to be " + state);
  }

  private JsonNode awaitBusy(long id) {
    JsonNode[] seen = new JsonNode[1];
    poll(
        () -> {
          seen[0] = jeto.get("/api/instances/" + id, ADMIN_KEY).json();
          return !seen[0].get("busy").isNull();
        },
        "instance to be busy");
    return seen[0];
  }

  private void awaitGone(long id) {
    poll(() -> jeto.get("/api/instances/" + id, ADMIN_KEY).status() == 404, "instance to go");
  }

  private void assertNoFakeProcessAlive() throws IOException {
    for (String pid : Files.readAllLines(environment.resolve(".fake-pids"))) {
      poll(
          () -> ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true),
          "fake vagrant " + pid + " to end");
    }
  }

  private static void poll(java.util.function.BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static String commandPath(long id, JsonNode command) {
    return "/api/instances/" + id + "/commands/" + command.get("id").asLong();
  }

  private static String consolePath(long id, JsonNode command) {
    return commandPath(id, command) + "/console";
  }

  private static List<String> texts(List<ConsoleStreamClient.Event> events) {
    return events.stream()
        .filter(event -> event.name().equals("line"))
        .map(event -> json(event.data()).get("text").asText())
        .toList();
  }

  private static void assertIncreasingIds(List<ConsoleStreamClient.Event> events) {
    long previous = 0;
    for (ConsoleStreamClient.Event event : events) {
      if (event.name().equals("line")) {
        long id = Long.parseLong(event.id());
        assertThat(id).isGreaterThan(previous);
        previous = id;
      }
    }
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(text, e);
    }
  }
}
