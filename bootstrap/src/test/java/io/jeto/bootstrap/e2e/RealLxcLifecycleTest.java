package io.jeto.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.jeto.bootstrap.JetoConfig;
import io.jeto.bootstrap.JetoService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole life of instances over the REST API with the real {@code vagrant} and a real LXC
 * machine: from a local git repository (clone of a tag, start, SSE console, address, a jeto.json
 * script over ssh, stop, delete) and from a tar.gz served on loopback by the test itself, plus
 * the creations that must leave nothing behind.
 *
 * <p>Skipped, saying why, where LXC cannot run; failing instead when {@code
 * JETO_REQUIRE_VAGRANT=true} (CI). One LXC machine at a time; every container is named {@code
 * jeto-e2e-<run>-...} so that the clean-up can prove with {@code lxc-ls} that none is left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealLxcLifecycleTest {

  private static final String ADMIN_KEY = "jeto_e2e-lxc-administrator-key";
  private static final String RUN =
      Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36)
          + Integer.toString((int) (Math.random() * 1296), 36);

  /** Every LXC container this class may create starts with it. */
  private static final String CONTAINER_PREFIX = "jeto-e2e-" + RUN;

  private static final String PROVISIONED = "jeto-e2e-provisioned-" + RUN;
  private static final String SCRIPT_MARKER = "jeto-e2e-script-ran-" + RUN;
  private static final String HOSTNAME = "jeto-e2e-git";
  private static final String TAGGED_VERSION = "tagged-v1.0-" + RUN;
  private static final Duration UP_LIMIT = Duration.ofMinutes(5);
  private static final Duration SHORT_LIMIT = Duration.ofMinutes(2);

  @TempDir static Path dataDir;
  @TempDir static Path gitDir;
  @TempDir static Path archiveDir;

  private static JetoService service;
  private static JetoHttp jeto;
  private static HttpServer archives;
  private static final Map<String, byte[]> served = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();
  private static long hostId;

  @BeforeAll
  static void startJetoAndArchiveServer() throws IOException {
    RealLxc.require();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("JETO_PORT", "0");
    env.put("JETO_DATA", dataDir.toString());
    env.put("JETO_ADMIN_KEY", ADMIN_KEY);
    env.put("JETO_LONG_TIMEOUT", "600");
    env.put("JETO_OTHER_TIMEOUT", "300");
    service = JetoService.start(JetoConfig.fromEnvironment(env));
    jeto = new JetoHttp(service::port, ADMIN_KEY);

    archives = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    archives.createContext(
        "/",
        exchange -> {
          String name = exchange.getRequestURI().getPath().substring(1);
          downloads.computeIfAbsent(name, ignored -> new AtomicInteger()).incrementAndGet();
          byte[] body = served.get(name);
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    archives.start();

    JetoHttp.Reply host =
        jeto.post("/api/hosts", Map.of("name", "lxc-e2e", "provider", "lxc", "params", Map.of()));
    assertThat(host.status()).as(host.toString()).isEqualTo(201);
    hostId = host.json().get("id").asLong();
  }

  @AfterEach
  void destroyWhatIsLeft() {
    sweep();
  }

  @AfterAll
  static void stopEverything() {
    try {
      if (service != null) {
        service.close();
      }
      if (archives != null) {
        archives.stop(0);
      }
    } finally {
      if (service != null) {
        sweep();
      }
    }
  }

  @Test
  @Order(1)
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void
      givenReferenceNotInTheRepository_createInstance_answers400NamingGitReferenceAndLeavesNothing() {
    Path repository = gitRepository("refs-only");
    long project = createProject("e2e-missing-ref", repository);

    JetoHttp.Reply reply =
        jeto.post(
            "/api/instances",
            Map.of(
                "name", "no-such-ref",
                "host", hostId,
                "environment", "e2e",
                "project", project,
                "git_reference", "v9.9-does-not-exist"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("field").asText()).isEqualTo("git_reference");
    assertThat(reply.json().get("detail").asText()).contains("v9.9-does-not-exist");
    assertNoInstanceNamed("no-such-ref");
    assertThat(dataDir.resolve("workspaces/e2e-missing-ref")).doesNotExist();
  }

  @Test
  @Order(2)
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void givenDownloadThatIsNotAnArchive_createInstance_answers4xxNamingArchiveUrlAndLeavesNothing() {
    served.put(
        "not-an-archive.tar.gz",
        "this is plain text, not a tar.gz\n".getBytes(StandardCharsets.UTF_8));

    JetoHttp.Reply reply =
        jeto.post(
            "/api/instances",
            Map.of(
                "name",
                "not-an-archive",
                "host",
                hostId,
                "environment",
                "e2e",
                "archive_url",
                archiveUrl("not-an-archive.tar.gz")));

    assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
    assertThat(reply.json().get("field").asText()).isEqualTo("archive_url");
    assertThat(reply.json().get("detail").asText()).contains("not a zip or tar.gz");
    assertThat(downloads.get("not-an-archive.tar.gz")).hasValue(1);
    assertNoInstanceNamed("not-an-archive");
    assertThat(leftUnder(dataDir.resolve("workspaces")))
        .as("nothing of the failed download is left under the workspaces")
        .isEmpty();
  }

  @Test
  @Order(3)
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void givenTarGzServedOnLoopback_createStatusDelete_unpacksFlattenedRunsVagrantAndRemovesIt()
      throws IOException {
    served.put("env.tar.gz", tarGz("env-" + RUN, archiveEnvironment()));

    JetoHttp.Reply created =
        jeto.post(
            "/api/instances",
            Map.of(
                "name",
                "from-archive",
                "host",
                hostId,
                "environment",
                "e2e",
                "archive_url",
                archiveUrl("env.tar.gz")));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode instance = created.json();
    long id = instance.get("id").asLong();
    Path workspace = Path.of(instance.get("path").asText());
    assertThat(created.header("Location")).isEqualTo("/api/instances/" + id);
    assertThat(instance.get("archive_url").asText()).isEqualTo(archiveUrl("env.tar.gz"));
    assertThat(instance.get("git_reference").isNull()).isTrue();
    assertThat(workspace).startsWith(dataDir.resolve("workspaces").toRealPath());
    assertThat(workspace.resolve("Vagrantfile")).as("single top folder flattened").isRegularFile();
    assertThat(workspace.resolve("env-" + RUN)).doesNotExist();
    assertThat(instance.get("jeto_infos").get("scripts").has("hello")).isTrue();
    assertThat(instance.get("status").get(0).get("state").asText()).isEqualTo("not_created");
    JsonNode create = onlyCommand(id);
    assertThat(create.get("action").asText()).isEqualTo("create");
    assertThat(create.get("state").asText()).isEqualTo("succeeded");
    assertThat(commandView(id, create).get("console").asText())
        .contains("downloading", "extracting the tar.gz archive", "flattened");

    JsonNode status = requestCommand(id, Map.of("action", "status"));
    SseConsole.Followed followed =
        SseConsole.follow(jeto, id, status.get("id").asLong(), SHORT_LIMIT);
    assertThat(followed.endState()).as(followed.toString()).isEqualTo("succeeded");
    assertThat(followed.texts()).anyMatch(text -> text.endsWith(",default,state,not_created"));

    deleteAndAwaitGone(id);
    assertThat(workspace).doesNotExist();
    assertThat(dataDir.resolve("workspaces/_archives/from-archive")).doesNotExist();
  }

  @Test
  @Order(4)
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void givenInstanceBeingDeleted_followDeleteConsole_endsWithEndEventNotBrokenStream()
      throws IOException {
    served.put("env-del.tar.gz", tarGz("env-del-" + RUN, archiveEnvironment()));
    JetoHttp.Reply created =
        jeto.post(
            "/api/instances",
            Map.of(
                "name",
                "deleted-while-followed",
                "host",
                hostId,
                "environment",
                "e2e",
                "archive_url",
                archiveUrl("env-del.tar.gz")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().get("id").asLong();

    JetoHttp.Reply deleted = jeto.delete("/api/instances/" + id);
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(202);
    SseConsole.Followed followed =
        SseConsole.follow(jeto, id, deleted.json().get("id").asLong(), SHORT_LIMIT);
    JetoHttp.await(
        SHORT_LIMIT,
        "instance " + id + " to be deleted",
        () -> jeto.get("/api/instances/" + id).status() == 404);

    assertThat(followed.texts())
        .as(followed.toString())
        .anyMatch(text -> text.contains("delete requested"));
    assertThat(followed.end())
        .as("the console of a delete ends with an end event, as every console does: " + followed)
        .isNotNull();
    assertThat(followed.endState()).isEqualTo("succeeded");
  }

  @Test
  @Order(5)
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void givenTagOfLocalGitProject_fullLifecycle_bootsRealLxcMachineRunsScriptAndLeavesNothing()
      throws IOException {
    Path repository = gitRepository("lifecycle");
    String taggedCommit = git(repository, "rev-parse", "v1.0^{commit}").strip();
    long project = createProject("e2e-git", repository);

    // The project's branches and tags.
    JetoHttp.Reply references = jeto.get("/api/projects/" + project + "/git-references");
    assertThat(references.status()).as(references.toString()).isEqualTo(200);
    assertThat(referencesByName(references.json()))
        .containsEntry("main", "branch")
        .containsEntry("feature/e2e", "branch")
        .containsEntry("v1.0", "tag");
    assertThat(commitOf(references.json(), "v1.0"))
        .as("annotated tag peeled")
        .isEqualTo(taggedCommit);

    // Created from the tag: the clone is its first command.
    JetoHttp.Reply created =
        jeto.post(
            "/api/instances",
            Map.of(
                "name", "lxc-git",
                "host", hostId,
                "environment", "e2e",
                "project", project,
                "git_reference", "v1.0"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    Path workspace = Path.of(created.json().get("path").asText());
    assertThat(workspace.toString()).endsWith("/workspaces/e2e-git/lxc-git/v1.0");
    assertThat(created.json().get("git_reference").asText()).isEqualTo("v1.0");
    assertThat(created.json().get("project").get("id").asLong()).isEqualTo(project);
    assertThat(Files.readString(workspace.resolve("VERSION")).strip())
        .as("the tag's tree, not main's head")
        .isEqualTo(TAGGED_VERSION);
    assertThat(created.json().get("jeto_infos").get("scripts").get("hello").get("command").asText())
        .contains(SCRIPT_MARKER);
    JsonNode create = onlyCommand(id);
    assertThat(create.get("action").asText()).isEqualTo("create");
    assertThat(create.get("state").asText()).isEqualTo("succeeded");
    assertThat(commandView(id, create).get("console").asText())
        .contains("git clone --branch v1.0", "Cloning into");

    // start, followed live to its end.
    JsonNode start = requestCommand(id, Map.of("action", "start"));
    SseConsole.Followed up = SseConsole.follow(jeto, id, start.get("id").asLong(), UP_LIMIT);
    assertThat(up.endState()).as(up.toString()).isEqualTo("succeeded");
    assertThat(up.texts()).anyMatch(text -> text.contains(PROVISIONED));
    assertIncreasingIds(up);
    String container =
        Files.readString(workspace.resolve(".vagrant/machines/default/lxc/id")).strip();
    assertThat(container).isEqualTo(CONTAINER_PREFIX + "-git");
    assertThat(RealLxc.containers(CONTAINER_PREFIX)).contains(container);

    JsonNode running = jeto.get("/api/instances/" + id).json();
    JsonNode machine = running.get("status").get(0);
    assertThat(machine.get("name").asText()).isEqualTo("default");
    assertThat(machine.get("status").asText()).isEqualTo("running");
    assertThat(machine.get("provider").asText()).isEqualTo("lxc");
    String ip = machine.get("ip").asText();
    assertThat(ip).as("address on lxcbr0 10.0.3.0/24").matches("10\\.0\\.3\\.[0-9]{1,3}");
    assertThat(Integer.parseInt(ip.substring("10.0.3.".length()))).isBetween(2, 254);
    assertThat(running.get("busy").isNull()).isTrue();

    // The jeto.json script, over vagrant ssh, on the machine.
    JsonNode script = requestCommand(id, Map.of("action", "runScript", "script", "hello"));
    SseConsole.Followed hello = SseConsole.follow(jeto, id, script.get("id").asLong(), SHORT_LIMIT);
    assertThat(hello.endState()).as(hello.toString()).isEqualTo("succeeded");
    assertThat(hello.texts())
        .anyMatch(text -> text.strip().equals(SCRIPT_MARKER))
        .anyMatch(text -> text.strip().equals(HOSTNAME))
        .as("rsync synced folder holds the tag's files")
        .anyMatch(text -> text.strip().equals(TAGGED_VERSION));
    assertThat(commandView(id, script).get("machine").asText()).isEqualTo("default");

    // stop.
    JsonNode stop = requestCommand(id, Map.of("action", "stop"));
    SseConsole.Followed halted = SseConsole.follow(jeto, id, stop.get("id").asLong(), SHORT_LIMIT);
    assertThat(halted.endState()).as(halted.toString()).isEqualTo("succeeded");
    JsonNode stopped = jeto.get("/api/instances/" + id).json().get("status").get(0);
    assertThat(stopped.get("status").asText()).isEqualTo("stopped");
    assertThat(stopped.get("ip").isNull()).isTrue();

    // delete: destroy -f, then the workspace Jeto made, then the record.
    deleteAndAwaitGone(id);
    assertThat(workspace).doesNotExist();
    assertThat(dataDir.resolve("workspaces/e2e-git")).doesNotExist();
    assertThat(RealLxc.containers(CONTAINER_PREFIX)).doesNotContain(container);
  }

  // --- steps ---------------------------------------------------------------------------------

  private static long createProject(String name, Path repository) {
    JetoHttp.Reply reply =
        jeto.post("/api/projects", Map.of("name", name, "git_address", repository.toString()));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  private static JsonNode requestCommand(long id, Map<String, Object> body) {
    JetoHttp.Reply reply = jeto.post("/api/instances/" + id + "/commands", body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
    assertThat(reply.header("Location"))
        .isEqualTo("/api/instances/" + id + "/commands/" + reply.json().get("id").asLong());
    return reply.json();
  }

  private static JsonNode commandView(long id, JsonNode command) {
    JetoHttp.Reply reply =
        jeto.get("/api/instances/" + id + "/commands/" + command.get("id").asLong());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static JsonNode onlyCommand(long id) {
    JsonNode commands = jeto.get("/api/instances/" + id + "/commands").json();
    assertThat(commands).hasSize(1);
    return commands.get(0);
  }

  /** DELETE answers 202 with the delete command; then the instance answers 404. */
  private static void deleteAndAwaitGone(long id) {
    JetoHttp.Reply deleted = jeto.delete("/api/instances/" + id);
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(202);
    assertThat(deleted.json().get("action").asText()).isEqualTo("delete");
    String commandPath = deleted.header("Location");
    assertThat(commandPath).startsWith("/api/instances/" + id + "/commands/");
    JetoHttp.await(
        SHORT_LIMIT,
        "instance " + id + " to be deleted",
        () -> {
          if (jeto.get("/api/instances/" + id).status() == 404) {
            return true;
          }
          JetoHttp.Reply command = jeto.get(commandPath);
          if (command.status() == 200 && command.json().get("state").asText().equals("failed")) {
            throw new AssertionError("delete failed: " + command.json().get("console").asText());
          }
          return false;
        });
    JetoHttp.Reply list = jeto.get("/api/instances");
    List<Long> ids = new ArrayList<>();
    list.json().forEach(instance -> ids.add(instance.get("id").asLong()));
    assertThat(ids).as(list.toString()).doesNotContain(id);
  }

  private static void assertNoInstanceNamed(String name) {
    JetoHttp.Reply list = jeto.get("/api/instances");
    assertThat(list.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    list.json().forEach(instance -> names.add(instance.get("name").asText()));
    assertThat(names).as(list.toString()).doesNotContain(name);
  }

  private static Map<String, String> referencesByName(JsonNode references) {
    Map<String, String> byName = new LinkedHashMap<>();
    references.forEach(ref -> byName.put(ref.get("name").asText(), ref.get("type").asText()));
    return byName;
  }

  private static String commitOf(JsonNode references, String name) {
    return StreamSupport.stream(references.spliterator(), false)
        .filter(ref -> ref.get("name").asText().equals(name))
        .map(ref -> ref.get("commit").asText())
        .findFirst()
        .orElseThrow();
  }

  private static void assertIncreasingIds(SseConsole.Followed followed) {
    long previous = 0;
    for (SseConsole.Event event : followed.lines()) {
      if (event.id() == null) {
        continue; // a notice of the service's, not a stored line
      }
      long eventId = Long.parseLong(event.id());
      assertThat(eventId).isGreaterThan(previous);
      previous = eventId;
    }
  }

  private static String archiveUrl(String name) {
    return "http://127.0.0.1:" + archives.getAddress().getPort() + "/" + name;
  }

  /** Whatever is under the directory, as relative paths; empty when nothing or it is gone. */
  private static List<String> leftUnder(Path directory) throws UncheckedIOException {
    if (!Files.exists(directory)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths
          .filter(path -> !path.equals(directory))
          .map(path -> directory.relativize(path).toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- fixtures ------------------------------------------------------------------------------

  /**
   * A local repository: on {@code main} a first commit with the environment, tagged {@code v1.0}
   * (annotated) and branched as {@code feature/e2e}, then a second commit that changes VERSION.
   */
  private static Path gitRepository(String name) {
    Path repository = gitDir.resolve(name);
    git(gitDir, "init", "-q", "-b", "main", repository.toString());
    Exec.write(repository.resolve("Vagrantfile"), vagrantfile(HOSTNAME, CONTAINER_PREFIX + "-git"));
    Exec.write(repository.resolve("jeto.json"), jetoJson());
    Exec.write(repository.resolve("VERSION"), TAGGED_VERSION + "\n");
    git(repository, "add", "-A");
    git(repository, "commit", "-q", "-m", "the environment");
    git(repository, "tag", "-a", "v1.0", "-m", "first release");
    git(repository, "branch", "feature/e2e");
    Exec.write(repository.resolve("VERSION"), "main-after-the-tag\n");
    git(repository, "commit", "-q", "-a", "-m", "after the tag");
    return repository;
  }

  private static Map<String, String> archiveEnvironment() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("Vagrantfile", vagrantfile("jeto-e2e-arc", CONTAINER_PREFIX + "-arc"));
    files.put("jeto.json", jetoJson());
    files.put("VERSION", "from-archive-" + RUN + "\n");
    return files;
  }

  private static String vagrantfile(String hostname, String container) {
    return """
    Vagrant.configure("2") do |config|
      config.vm.box = "%s"
      config.vm.hostname = "%s"
      config.vm.synced_folder ".", "/vagrant", type: "rsync", rsync__exclude: [".vagrant/", ".git/"]
      config.vm.provision "shell", inline: "echo %s"
      config.vm.provider "lxc" do |lxc|
        lxc.container_name = "%s"
      end
    end
    """
        .formatted(RealLxc.BOX, hostname, PROVISIONED, container);
  }

  private static String jetoJson() {
    return """
    {"scripts": {"hello": {"command": "echo %s; hostname; cat /vagrant/VERSION"}}}
    """
        .formatted(SCRIPT_MARKER);
  }

  private static byte[] tarGz(String topFolder, Map<String, String> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
      TarArchiveEntry folder = new TarArchiveEntry(topFolder + "/");
      tar.putArchiveEntry(folder);
      tar.closeArchiveEntry();
      for (Map.Entry<String, String> file : files.entrySet()) {
        byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(topFolder + "/" + file.getKey());
        entry.setSize(content.length);
        entry.setMode(0100644);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    Files.write(archiveDir.resolve(topFolder + ".tar.gz"), bytes.toByteArray());
    return bytes.toByteArray();
  }

  private static String git(Path directory, String... arguments) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=jeto e2e",
                "-c",
                "user.email=e2e@localhost",
                "-c",
                "init.defaultBranch=main"));
    command.addAll(List.of(arguments));
    Exec.Result result =
        Exec.run(
            command,
            directory,
            Map.of("GIT_CONFIG_GLOBAL", "/dev/null", "GIT_CONFIG_NOSYSTEM", "1"),
            Duration.ofSeconds(60));
    assertThat(result.exitCode()).as("git %s: %s", command, result.output()).isZero();
    return result.output();
  }

  // --- clean-up ------------------------------------------------------------------------------

  /**
   * Destroys every machine still recorded under the test's directories, then proves with
   * lxc-ls that none of this run's containers is left (removing any by name as a last resort).
   */
  private static void sweep() {
    List<String> destroyed = RealLxc.destroyLeftovers(List.of(dataDir, gitDir, archiveDir));
    destroyed.forEach(line -> System.out.println("[e2e clean-up] " + line));
    List<String> left = RealLxc.containers(CONTAINER_PREFIX);
    if (!left.isEmpty()) {
      left.forEach(RealLxc::destroyByName);
      throw new AssertionError(
          "LXC containers of this test were left after vagrant destroy -f: "
              + left
              + " (removed by name with lxc-destroy)");
    }
  }
}
