package io.jeto.bootstrap.access;

import static io.jeto.bootstrap.access.AccessJeto.ADMIN_KEY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jeto.bootstrap.access.AccessJeto.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

/**
 * The fixtures every cell of the matrix runs against: two hosts, a project over a local git
 * repository, instance A (from git, in the project, on host "lab") and instance B (from a path, on
 * host "far", in no project), a team, a finished command on A, and one caller per row.
 */
final class AccessWorld implements AutoCloseable {

  static final String LAB_SECRET = "sekret-9f3a";
  static final String FAR_SECRET = "sekret-77c1";
  private static final Set<String> FINISHED =
      Set.of("succeeded", "failed", "cancelled", "interrupted");

  final AccessJeto jeto;
  final Path dataDir;
  final Path tools;
  final Path repository;
  long lab;
  long far;
  long project;
  long instanceA;
  long instanceB;
  long team;
  long finishedCommand;
  long commandOfB;
  long victim;
  long teamGrant;
  long viewOnlyGrant;
  long viewOnlyUser;

  /** Whether A could be made from git; see {@link #createLikeA}. */
  boolean instanceAFromGit;

  long teamMemberUser;
  private final Map<CallerProfile, Caller> callers = new LinkedHashMap<>();
  private final AtomicInteger serial = new AtomicInteger();

  /** A row's caller as the service knows it; {@code userId} is null when there is no user. */
  record Caller(CallerProfile profile, String key, Long userId, String userName) {}

  private AccessWorld(Path dataDir, Path tools) {
    this.dataDir = dataDir;
    this.tools = tools;
    this.repository = LocalGitRepository.create(tools.resolve("repository"));
    this.jeto = AccessJeto.start(dataDir, tools);
  }

  static AccessWorld build(Path dataDir, Path tools, List<CallerProfile> rows) {
    AccessWorld world = new AccessWorld(dataDir, tools);
    try {
      world.fixtures();
      Instant expiry = Instant.now().plusSeconds(3);
      rows.forEach(row -> world.callers.put(row, world.callerFor(row, expiry)));
      AccessJeto.poll(
          () -> Instant.now().isAfter(expiry.plusMillis(500)), Duration.ofSeconds(10), "expiry");
      world.awaitQuiet();
      return world;
    } catch (RuntimeException | AssertionError e) {
      world.close();
      throw e;
    }
  }

  Caller caller(CallerProfile row) {
    return callers.get(row);
  }

  int next() {
    return serial.incrementAndGet();
  }

  private void fixtures() {
    lab = id(admin("POST", "/api/hosts", hostBody("lab", LAB_SECRET, "fixture"), 201));
    far = id(admin("POST", "/api/hosts", hostBody("far", FAR_SECRET, "fixture"), 201));
    project =
        id(
            admin(
                "POST",
                "/api/projects",
                Map.of("name", "shop", "git_address", repository.toString()),
                201));
    Reply fromGit = jeto.post("/api/instances", ADMIN_KEY, gitBody("shop-dev"));
    instanceAFromGit = fromGit.status() == 201;
    instanceA = instanceAFromGit ? id(fromGit.json()) : createLikeA("shop-dev");
    Path bPath = LocalGitRepository.environment(dataDir.resolve("workspaces").resolve("far-web"));
    instanceB =
        id(
            admin(
                "POST",
                "/api/instances",
                Map.of(
                    "name", "far-web", "host", far, "environment", "dev", "path", bPath.toString()),
                201));
    victim = createUser("victim", "user").id;
    JsonNode command =
        admin("POST", "/api/instances/" + instanceA + "/commands", Map.of("action", "status"), 202);
    finishedCommand = id(command);
    commandOfB =
        id(
            admin(
                "POST",
                "/api/instances/" + instanceB + "/commands",
                Map.of("action", "status"),
                202));
    awaitQuiet();
  }

  static Map<String, Object> hostBody(String name, String secret, String note) {
    return Map.of(
        "name", name, "provider", "lxc", "params", Map.of("API_TOKEN", secret, "NOTE", note));
  }

  /**
   * An instance of A's kind: cloned from the project's repository, on host lab. Should creating
   * from git fail (it answered 500 at first), A is registered from a path in the project instead,
   * so that the rest of the matrix still runs, and the matrix expects what that gives (sync is
   * refused with 400) while the git-form column fails.
   */
  long createLikeA(String name) {
    if (instanceAFromGit) {
      return id(admin("POST", "/api/instances", gitBody(name), 201));
    }
    Path path = LocalGitRepository.environment(dataDir.resolve("workspaces/like-a").resolve(name));
    return id(
        admin(
            "POST",
            "/api/instances",
            Map.of(
                "name",
                name,
                "host",
                lab,
                "environment",
                "dev",
                "project",
                project,
                "path",
                path.toString()),
            201));
  }

  Map<String, Object> gitBody(String name) {
    return Map.of(
        "name",
        name,
        "host",
        lab,
        "environment",
        "dev",
        "project",
        project,
        "git_reference",
        LocalGitRepository.BRANCH);
  }

  private Caller callerFor(CallerProfile row, Instant expiry) {
    String slug = "u" + next();
    return switch (row.auth()) {
      case NONE -> new Caller(row, null, null, null);
      case UNKNOWN -> new Caller(row, "jeto_this-key-was-never-issued-0000", null, null);
      case MALFORMED -> new Caller(row, "not a key; \"x\"", null, null);
      case EXPIRED -> {
        NewUser user = createUser(slug, "user");
        JsonNode key =
            admin(
                "POST",
                "/api/api-keys",
                Map.of("name", "expiring", "user", user.id, "expires_at", expiry.toString()),
                201);
        yield new Caller(row, key.get("secret").asText(), user.id, slug);
      }
      case REVOKED -> {
        NewUser user = createUser(slug, "user");
        admin("DELETE", "/api/api-keys/" + keysOf(user.id).getFirst(), null, 204);
        yield new Caller(row, user.key, user.id, slug);
      }
      case DISABLED_USER -> {
        NewUser user = createUser(slug, "user");
        grantUser(user.id, instanceA, row.onInstanceA(), row.scriptsOnA());
        admin("PATCH", "/api/users/" + user.id, Map.of("disabled", true), 200);
        yield new Caller(row, user.key, user.id, slug);
      }
      case VALID -> validCaller(row, slug);
    };
  }

  private Caller validCaller(CallerProfile row, String slug) {
    long userId;
    String key;
    String name;
    if (row.administrator()) {
      userId = id(jeto.get("/api/me", ADMIN_KEY).json());
      name = jeto.get("/api/me", ADMIN_KEY).json().get("name").asText();
      key = ADMIN_KEY;
    } else {
      NewUser user = createUser(slug, "user");
      userId = user.id;
      name = slug;
      key = user.key;
    }
    if (!row.onInstanceA().isEmpty()) {
      long grant = grantUser(userId, instanceA, row.onInstanceA(), row.scriptsOnA());
      if (row.onInstanceA().equals(Set.of("view"))) {
        viewOnlyGrant = grant;
        viewOnlyUser = userId;
      }
    }
    if (!row.onProject().isEmpty()) {
      admin(
          "POST",
          "/api/grants",
          Map.of("user", userId, "project", project, "actions", List.copyOf(row.onProject())),
          201);
    }
    if (!row.onHostFar().isEmpty()) {
      admin(
          "POST",
          "/api/grants",
          Map.of("user", userId, "host", far, "actions", List.copyOf(row.onHostFar())),
          201);
    }
    if (row.teamMember()) {
      teamMemberUser = userId;
      team =
          id(admin("POST", "/api/teams", Map.of("name", "devs", "members", List.of(userId)), 201));
      teamGrant =
          id(
              admin(
                  "POST",
                  "/api/grants",
                  Map.of(
                      "team",
                      team,
                      "instance",
                      instanceA,
                      "actions",
                      List.copyOf(row.teamOnInstanceA())),
                  201));
    }
    if (row.keyActions().isPresent()) {
      Map<String, Object> body = new HashMap<>();
      body.put("name", "narrowed");
      body.put("actions", List.copyOf(row.keyActions().get()));
      if (!row.administrator()) {
        body.put("user", userId);
      }
      key = admin("POST", "/api/api-keys", body, 201).get("secret").asText();
    }
    return new Caller(row, key, userId, name);
  }

  record NewUser(long id, String key) {}

  NewUser createUser(String name, String role) {
    JsonNode user =
        admin(
            "POST",
            "/api/users",
            Map.of("name", name, "email", name + "@example.org", "role", role),
            201);
    return new NewUser(id(user), user.get("api_key").asText());
  }

  long grantUser(long userId, long instance, Set<String> actions, Set<String> scripts) {
    Map<String, Object> body = new HashMap<>();
    body.put("user", userId);
    body.put("instance", instance);
    body.put("actions", List.copyOf(actions));
    if (!scripts.isEmpty()) {
      body.put("scripts", List.copyOf(scripts));
    }
    return id(admin("POST", "/api/grants", body, 201));
  }

  List<Long> keysOf(long userId) {
    List<Long> ids = new ArrayList<>();
    for (JsonNode key : jeto.get("/api/api-keys", ADMIN_KEY).json()) {
      if (key.get("user").asLong() == userId && key.get("revoked_at").isNull()) {
        ids.add(key.get("id").asLong());
      }
    }
    return ids;
  }

  // ---- scratch objects that mirror a fixture, for the cells whose success would destroy it ----

  /** A new instance like A, with the same grants for this caller's user (or team) as on A. */
  long scratchInstanceLikeA(Caller caller) {
    long scratch = createLikeA("scratch-" + next());
    CallerProfile row = caller.profile();
    if (caller.userId() != null && !row.onInstanceA().isEmpty() && !row.administrator()) {
      grantUser(caller.userId(), scratch, row.onInstanceA(), row.scriptsOnA());
    }
    if (row.teamMember()) {
      admin(
          "POST",
          "/api/grants",
          Map.of("team", team, "instance", scratch, "actions", List.copyOf(row.teamOnInstanceA())),
          201);
    }
    return scratch;
  }

  /** Starts a command on the instance that runs until it is cancelled; answers its id. */
  long startSlowCommand(long instance) {
    Path path = Path.of(admin("GET", "/api/instances/" + instance, null, 200).get("path").asText());
    try {
      Files.writeString(path.resolve(AccessFakeVagrant.SLOW_MARKER), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long command =
        id(
            admin(
                "POST",
                "/api/instances/" + instance + "/commands",
                Map.of("action", "start"),
                202));
    // Running in the store comes a moment before the process starts: wait for both, so that
    // the cell's own count of vagrant calls starts after this one.
    String call = path.toAbsolutePath() + " up";
    AccessJeto.poll(
        () ->
            stateOf(instance, command).equals("running")
                && AccessFakeVagrant.calls(tools).contains(call),
        Duration.ofSeconds(30),
        "slow start to run");
    return command;
  }

  private String stateOf(long instance, long command) {
    return admin("GET", "/api/instances/" + instance + "/commands/" + command, null, 200)
        .get("state")
        .asText();
  }

  /**
   * Ends whatever runs on the instance, deletes it if it is still there, and waits for it to go.
   */
  void removeInstance(long instance) {
    Reply commands = jeto.get("/api/instances/" + instance + "/commands", ADMIN_KEY);
    if (commands.status() == 200) {
      for (JsonNode command : commands.json()) {
        if (!FINISHED.contains(command.get("state").asText())) {
          jeto.post(
              "/api/instances/" + instance + "/commands/" + id(command) + "/cancel",
              ADMIN_KEY,
              "{}");
        }
      }
    }
    awaitQuiet();
    if (jeto.get("/api/instances/" + instance, ADMIN_KEY).status() == 200) {
      jeto.delete("/api/instances/" + instance, ADMIN_KEY);
    }
    AccessJeto.poll(
        () -> jeto.get("/api/instances/" + instance, ADMIN_KEY).status() == 404,
        Duration.ofSeconds(30),
        "instance " + instance + " to go");
    awaitQuiet();
  }

  /** Waits until no command of any instance is queued or running. */
  void awaitQuiet() {
    AccessJeto.poll(this::quiet, Duration.ofSeconds(60), "every command to end");
  }

  private boolean quiet() {
    for (JsonNode instance : jeto.get("/api/instances", ADMIN_KEY).json()) {
      Reply commands = jeto.get("/api/instances/" + id(instance) + "/commands", ADMIN_KEY);
      if (commands.status() == 200) {
        for (JsonNode command : commands.json()) {
          if (!FINISHED.contains(command.get("state").asText())) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Quiet apart from the instance that deliberately keeps a command running. */
  void awaitQuietExcept(long busy) {
    AccessJeto.poll(
        () -> {
          for (JsonNode instance : jeto.get("/api/instances", ADMIN_KEY).json()) {
            if (id(instance) == busy) {
              continue;
            }
            for (JsonNode command :
                jeto.get("/api/instances/" + id(instance) + "/commands", ADMIN_KEY).json()) {
              if (!FINISHED.contains(command.get("state").asText())) {
                return false;
              }
            }
          }
          return true;
        },
        Duration.ofSeconds(60),
        "every other command to end");
  }

  /**
   * Everything an administrator can read that a write could change, without what moves by itself:
   * measured machine status, and when a key was last used.
   */
  ObjectNode snapshot() {
    ObjectNode state = AccessJeto.JSON.createObjectNode();
    ArrayNode instances = (ArrayNode) admin("GET", "/api/instances", null, 200);
    for (JsonNode instance : instances) {
      ((ObjectNode) instance).remove(List.of("status", "status_error", "busy"));
      state.set(
          "commands of instance " + id(instance),
          admin("GET", "/api/instances/" + id(instance) + "/commands", null, 200));
    }
    state.set("instances", instances);
    for (String list : List.of("hosts", "projects", "users", "teams", "grants")) {
      state.set(list, admin("GET", "/api/" + list, null, 200));
    }
    ArrayNode keys = (ArrayNode) admin("GET", "/api/api-keys", null, 200);
    keys.forEach(key -> ((ObjectNode) key).remove("last_used_at"));
    state.set("api-keys", keys);
    return state;
  }

  int vagrantCallCount() {
    return AccessFakeVagrant.calls(tools).size();
  }

  List<String> machineChangingCallsSince(int mark) {
    List<String> calls = AccessFakeVagrant.calls(tools);
    return calls.subList(mark, calls.size()).stream()
        .filter(AccessFakeVagrant::changesMachines)
        .toList();
  }

  JsonNode admin(String method, String path, Object body, int expected) {
    return jeto.admin(method, path, body, expected);
  }

  static long id(JsonNode node) {
    return node.get("id").asLong();
  }

  static List<Long> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(AccessWorld::id).toList();
  }

  @Override
  public void close() {
    jeto.close();
  }
}
