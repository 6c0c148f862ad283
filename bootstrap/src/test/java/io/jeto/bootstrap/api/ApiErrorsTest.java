package io.jeto.bootstrap.api;

import static io.jeto.bootstrap.api.RunningJeto.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal of the API answers its code with a problem+json body and stores nothing. */
class ApiErrorsTest {

  @TempDir Path dataDir;
  @TempDir Path elsewhere;
  private Path root;
  private RunningJeto jeto;
  private long hostId;
  private String userKey;

  @BeforeEach
  void startJeto() {
    jeto =
        RunningJeto.start(
            dataDir, Map.of("JETO_VAGRANT", FakeVagrant.notCreated(elsewhere).toString()));
    root = dataDir.resolve("workspaces");
    hostId =
        jeto.post("/api/hosts", ADMIN_KEY, Map.of("name", "lab", "provider", "lxc"))
            .json()
            .get("id")
            .asLong();
    userKey =
        jeto.post("/api/users", ADMIN_KEY, Map.of("name", "ana", "email", "ana@example.org"))
            .json()
            .get("api_key")
            .asText();
  }

  @AfterEach
  void stopJeto() {
    jeto.close();
  }

  @Test
  void givenNoKeyOrWrongKey_anyApiCall_answers401() {
    assertProblem(jeto.get("/api/instances", null), 401);
    assertProblem(jeto.get("/api/instances", "jeto_not-a-key"), 401);
    assertProblem(jeto.get("/api/hosts/" + hostId, "jeto_not-a-key"), 401);
  }

  @Test
  void givenBearerHeader_listInstances_acceptsTheKey() {
    RunningJeto.Reply reply =
        jeto.send(
            "GET", "/api/instances", null, null, Map.of("Authorization", "Bearer " + ADMIN_KEY));

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void givenUserKey_administratorEndpoints_answer403AndChangeNothing() {
    Path env = Environments.write(root, "env", Environments.SINGLE_MACHINE);

    assertProblem(jeto.post("/api/hosts", userKey, Map.of("name", "x", "provider", "lxc")), 403);
    assertProblem(
        jeto.post("/api/users", userKey, Map.of("name", "eve", "email", "eve@example.org")), 403);
    assertProblem(
        jeto.post(
            "/api/grants", userKey, Map.of("user", 1, "host", hostId, "actions", List.of("view"))),
        403);
    assertProblem(jeto.post("/api/instances", userKey, instance("x", env.toString())), 403);

    assertThat(jeto.get("/api/hosts", ADMIN_KEY).json()).hasSize(1);
    assertThat(jeto.get("/api/instances", ADMIN_KEY).json()).isEmpty();
  }

  @Test
  void givenBadPaths_registerInstance_answers400NamingPathAndStoresNothing() throws Exception {
    Path outside = Environments.write(elsewhere, "outside", Environments.SINGLE_MACHINE);
    Path link = Files.createSymbolicLink(root.resolve("link"), outside);
    Path parent = Environments.write(root, "parent", Environments.SINGLE_MACHINE);
    Path child = Files.createDirectories(parent.resolve("child"));

    for (String path :
        List.of(
            outside.toString(),
            link.toString(),
            "relative/dir",
            root.resolve("missing").toString(),
            child.toString(),
            root.resolve("parent/../../..").toString())) {
      JsonNode problem =
          assertProblem(jeto.post("/api/instances", ADMIN_KEY, instance("x", path)), 400);
      assertThat(problem.get("field").asText()).as(path).isEqualTo("path");
      assertThat(problem.get("detail").asText()).as(path).startsWith("path: ");
    }
    assertThat(jeto.get("/api/instances", ADMIN_KEY).json()).isEmpty();
  }

  @Test
  void givenUnknownHost_registerInstance_answers400NamingHost() {
    Path env = Environments.write(root, "env", Environments.SINGLE_MACHINE);
    Map<String, Object> body = new HashMap<>(instance("x", env.toString()));
    body.put("host", 999);

    JsonNode problem = assertProblem(jeto.post("/api/instances", ADMIN_KEY, body), 400);

    assertThat(problem.get("field").asText()).isEqualTo("host");
  }

  @Test
  void givenMalformedJsonOrWrongTypes_post_answers400NamingTheField() {
    assertThat(field(jeto.post("/api/hosts", ADMIN_KEY, "{\"name\": "))).isEqualTo("body");
    assertThat(field(jeto.post("/api/hosts", ADMIN_KEY, "[1, 2]"))).isEqualTo("body");
    assertThat(field(jeto.post("/api/hosts", ADMIN_KEY, Map.of("name", 5, "provider", "lxc"))))
        .isEqualTo("name");
    assertThat(field(jeto.post("/api/hosts", ADMIN_KEY, Map.of("name", "n"))))
        .isEqualTo("provider");
    assertThat(
            field(
                jeto.post(
                    "/api/hosts",
                    ADMIN_KEY,
                    Map.of("name", "n", "provider", "lxc", "params", Map.of("K", 1)))))
        .isEqualTo("params");
    Map<String, Object> body = new HashMap<>(instance("x", root.toString()));
    body.put("host", "1");
    assertThat(field(jeto.post("/api/instances", ADMIN_KEY, body))).isEqualTo("host");
    assertThat(
            field(
                jeto.post(
                    "/api/grants",
                    ADMIN_KEY,
                    Map.of("user", 1, "host", hostId, "actions", List.of("fly")))))
        .isEqualTo("actions");
    assertThat(
            field(
                jeto.post(
                    "/api/grants",
                    ADMIN_KEY,
                    Map.of("user", 99, "host", hostId, "actions", List.of("view")))))
        .isEqualTo("user");
    assertThat(
            field(
                jeto.post(
                    "/api/users", ADMIN_KEY, Map.of("name", "z", "email", "z@x", "role", "god"))))
        .isEqualTo("role");
  }

  @Test
  void givenDuplicateHostName_createHost_answers409() {
    RunningJeto.Reply reply =
        jeto.post("/api/hosts", ADMIN_KEY, Map.of("name", "lab", "provider", "lxc"));

    assertThat(assertProblem(reply, 409).get("field").asText()).isEqualTo("name");
    assertThat(jeto.get("/api/hosts", ADMIN_KEY).json()).hasSize(1);
  }

  @Test
  void givenUnknownOrMalformedIds_get_answers404() {
    assertProblem(jeto.get("/api/instances/999", ADMIN_KEY), 404);
    assertProblem(jeto.get("/api/instances/abc", ADMIN_KEY), 404);
    assertProblem(jeto.get("/api/instances/-1", ADMIN_KEY), 404);
    assertProblem(jeto.get("/api/instances/99999999999999999999", ADMIN_KEY), 404);
    assertProblem(jeto.get("/api/hosts/0", ADMIN_KEY), 404);
    assertProblem(jeto.get("/api/nothing-here", ADMIN_KEY), 404);
  }

  @Test
  void givenBodyOverTheLimit_post_answers413() {
    String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\", \"provider\": \"lxc\"}";

    assertProblem(jeto.post("/api/hosts", ADMIN_KEY, huge), 413);

    assertThat(jeto.get("/api/hosts", ADMIN_KEY).json()).hasSize(1);
  }

  @Test
  void givenVagrantMissing_getInstance_answers200WithStatusError() {
    Path env = Environments.write(root, "env", Environments.SINGLE_MACHINE);
    long id =
        jeto.post("/api/instances", ADMIN_KEY, instance("x", env.toString()))
            .json()
            .get("id")
            .asLong();
    jeto.close();
    jeto = RunningJeto.start(dataDir, Map.of("JETO_VAGRANT", "/nonexistent/bin/vagrant"));

    RunningJeto.Reply reply = jeto.get("/api/instances/" + id, ADMIN_KEY);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("status")).isEmpty();
    assertThat(reply.json().get("status_error").asText()).contains("/nonexistent/bin/vagrant");
  }

  @Test
  void givenVagrantThatHangs_getInstance_answersWithTimeoutErrorAndServiceStaysUp() {
    Path env = Environments.write(root, "env", Environments.SINGLE_MACHINE);
    long id =
        jeto.post("/api/instances", ADMIN_KEY, instance("x", env.toString()))
            .json()
            .get("id")
            .asLong();
    jeto.close();
    jeto =
        RunningJeto.start(
            dataDir,
            Map.of(
                "JETO_VAGRANT",
                FakeVagrant.hanging(elsewhere).toString(),
                "JETO_STATUS_TIMEOUT",
                "1"));

    RunningJeto.Reply reply = jeto.get("/api/instances/" + id, ADMIN_KEY);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("status")).isEmpty();
    assertThat(reply.json().get("status_error").asText()).contains("1 s");
    assertThat(jeto.get("/api/instances", ADMIN_KEY).status()).isEqualTo(200);
  }

  private Map<String, Object> instance(String name, String path) {
    return Map.of("name", name, "host", hostId, "environment", "dev", "path", path);
  }

  private static String field(RunningJeto.Reply reply) {
    return assertProblem(reply, 400).get("field").asText();
  }

  private static JsonNode assertProblem(RunningJeto.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonNode problem = reply.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asText()).isNotBlank();
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    return problem;
  }
}
