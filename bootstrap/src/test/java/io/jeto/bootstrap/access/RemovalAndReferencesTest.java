package io.jeto.bootstrap.access;

import static io.jeto.bootstrap.access.AccessJeto.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jeto.bootstrap.access.AccessJeto.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What removing a user, team or project takes with it, and grants and keys that name what does not
 * exist: issue 4's "nothing dangles" and "400 naming the field".
 */
class RemovalAndReferencesTest {

  private static final long MISSING = 9999;

  @TempDir Path dataDir;
  @TempDir Path tools;
  private AccessJeto jeto;
  private long host;
  private long instance;
  private long project;
  private long team;
  private long bob;
  private String bobKey;

  @BeforeEach
  void startJetoWithFixtures() {
    jeto = AccessJeto.start(dataDir, tools);
    host =
        id(
            jeto.admin(
                "POST",
                "/api/hosts",
                Map.of("name", "lab", "provider", "lxc", "params", Map.of()),
                201));
    Path path = LocalGitRepository.environment(dataDir.resolve("workspaces/web"));
    instance =
        id(
            jeto.admin(
                "POST",
                "/api/instances",
                Map.of("name", "web", "host", host, "environment", "dev", "path", path.toString()),
                201));
    project = id(jeto.admin("POST", "/api/projects", Map.of("name", "empty"), 201));
    JsonNode user =
        jeto.admin(
            "POST",
            "/api/users",
            Map.of("name", "bob", "email", "bob@example.org", "role", "user"),
            201);
    bob = id(user);
    bobKey = user.get("api_key").asText();
    team =
        id(jeto.admin("POST", "/api/teams", Map.of("name", "devs", "members", List.of(bob)), 201));
  }

  @AfterEach
  void stopJeto() {
    if (jeto != null) {
      jeto.close();
    }
  }

  @Test
  void givenUserWithTwoKeysAndAGrant_deleteUser_bothKeysAnswer401AndNothingNamesIt() {
    String second =
        jeto.admin("POST", "/api/api-keys", Map.of("name", "ci", "user", bob), 201)
            .get("secret")
            .asText();
    jeto.admin(
        "POST",
        "/api/grants",
        Map.of("user", bob, "instance", instance, "actions", List.of("view")),
        201);
    assertThat(jeto.get("/api/me", bobKey).status()).isEqualTo(200);
    assertThat(jeto.get("/api/me", second).status()).isEqualTo(200);

    jeto.admin("DELETE", "/api/users/" + bob, null, 204);

    assertThat(jeto.get("/api/me", bobKey).status()).isEqualTo(401);
    assertThat(jeto.get("/api/instances/" + instance, second).status()).isEqualTo(401);
    assertThat(owners(jeto.admin("GET", "/api/api-keys", null, 200), "user")).doesNotContain(bob);
    assertThat(owners(jeto.admin("GET", "/api/grants", null, 200), "user")).doesNotContain(bob);
    assertThat(jeto.admin("GET", "/api/teams/" + team, null, 200).get("members")).isEmpty();
  }

  @Test
  void givenMemberSeeingAnInstanceThroughItsTeam_deleteTeam_memberGets404AndTheGrantIsGone() {
    long grant =
        id(
            jeto.admin(
                "POST",
                "/api/grants",
                Map.of("team", team, "instance", instance, "actions", List.of("view")),
                201));
    assertThat(jeto.get("/api/instances/" + instance, bobKey).status()).isEqualTo(200);

    jeto.admin("DELETE", "/api/teams/" + team, null, 204);

    assertThat(jeto.get("/api/instances/" + instance, bobKey).status()).isEqualTo(404);
    assertThat(jeto.get("/api/instances", bobKey).json()).isEmpty();
    assertThat(jeto.get("/api/grants/" + grant, ADMIN_KEY).status()).isEqualTo(404);
    assertThat(owners(jeto.admin("GET", "/api/grants", null, 200), "team")).doesNotContain(team);
  }

  @Test
  void givenGrantOnAProject_deleteProject_theGrantIsGone() {
    long grant =
        id(
            jeto.admin(
                "POST",
                "/api/grants",
                Map.of("user", bob, "project", project, "actions", List.of("view")),
                201));
    assertThat(jeto.get("/api/projects/" + project, bobKey).status()).isEqualTo(200);

    jeto.admin("DELETE", "/api/projects/" + project, null, 204);

    assertThat(jeto.get("/api/grants/" + grant, ADMIN_KEY).status()).isEqualTo(404);
    assertThat(jeto.get("/api/grants", bobKey).json()).isEmpty();
  }

  @Test
  void givenGrantOnAnInstance_deleteInstance_theGrantIsGone() {
    long grant =
        id(
            jeto.admin(
                "POST",
                "/api/grants",
                Map.of("user", bob, "instance", instance, "actions", List.of("view")),
                201));

    jeto.admin("DELETE", "/api/instances/" + instance, null, 202);
    AccessJeto.poll(
        () -> jeto.get("/api/instances/" + instance, ADMIN_KEY).status() == 404,
        Duration.ofSeconds(30),
        "instance to go");

    assertThat(jeto.get("/api/grants/" + grant, ADMIN_KEY).status()).isEqualTo(404);
  }

  @ParameterizedTest(name = "a grant naming a missing {0} -> 400 with field {0}")
  @ValueSource(strings = {"user", "team", "project", "host", "instance"})
  void givenGrantNamingSomethingMissing_postGrant_answers400NamingTheFieldAndStoresNothing(
      String field) {
    Map<String, Object> body =
        new HashMap<>(Map.of("user", bob, "instance", instance, "actions", List.of("view")));
    switch (field) {
      case "user" -> body.put("user", MISSING);
      case "team" -> {
        body.remove("user");
        body.put("team", MISSING);
      }
      default -> {
        body.remove("instance");
        body.put(field, MISSING);
      }
    }
    JsonNode before = jeto.admin("GET", "/api/grants", null, 200);

    Reply reply = jeto.post("/api/grants", ADMIN_KEY, body);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().get("field").asText()).isEqualTo(field);
    assertThat(jeto.admin("GET", "/api/grants", null, 200)).isEqualTo(before);
  }

  @Test
  void givenExpiryInThePast_createKey_answers400NamingExpiresAtAndMakesNoKey() {
    JsonNode before = jeto.admin("GET", "/api/api-keys", null, 200);

    Reply reply =
        jeto.post(
            "/api/api-keys",
            ADMIN_KEY,
            Map.of(
                "name",
                "late",
                "user",
                bob,
                "expires_at",
                Instant.now().minusSeconds(60).toString()));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().get("field").asText()).isEqualTo("expires_at");
    assertThat(owners(jeto.admin("GET", "/api/api-keys", null, 200), "id"))
        .containsExactlyInAnyOrderElementsOf(owners(before, "id"));
  }

  @Test
  void givenKeyExpiringInTwoSeconds_afterItsExpiry_answers401() {
    String key =
        jeto.admin(
                "POST",
                "/api/api-keys",
                Map.of(
                    "name",
                    "brief",
                    "user",
                    bob,
                    "expires_at",
                    Instant.now().plusSeconds(2).toString()),
                201)
            .get("secret")
            .asText();
    assertThat(jeto.get("/api/me", key).status()).isEqualTo(200);

    AccessJeto.poll(
        () -> jeto.get("/api/me", key).status() == 401,
        Duration.ofSeconds(10),
        "the key to expire");

    assertThat(jeto.get("/api/instances", key).status()).isEqualTo(401);
  }

  @Test
  void givenKeyInUse_revoke_refusesItsNextRequest() {
    JsonNode key = jeto.admin("POST", "/api/api-keys", Map.of("name", "ci", "user", bob), 201);
    assertThat(jeto.get("/api/me", key.get("secret").asText()).status()).isEqualTo(200);

    jeto.admin("DELETE", "/api/api-keys/" + id(key), null, 204);

    assertThat(jeto.get("/api/me", key.get("secret").asText()).status()).isEqualTo(401);
    assertThat(jeto.get("/api/me", bobKey).status()).as("the user's other key").isEqualTo(200);
  }

  private static List<Long> owners(JsonNode list, String field) {
    return StreamSupport.stream(list.spliterator(), false)
        .filter(node -> node.hasNonNull(field))
        .map(node -> node.get(field).asLong())
        .toList();
  }

  private static long id(JsonNode node) {
    return node.get("id").asLong();
  }
}
