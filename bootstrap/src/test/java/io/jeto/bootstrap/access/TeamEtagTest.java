package io.jeto.bootstrap.access;

import static io.jeto.bootstrap.access.AccessJeto.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.bootstrap.access.AccessJeto.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two administrators edit one team from the same read: the second write must not win. */
class TeamEtagTest {

  @TempDir Path dataDir;
  @TempDir Path tools;
  private AccessJeto jeto;
  private String secondAdmin;
  private long team;
  private long member;

  @BeforeEach
  void startJetoWithTeam() {
    jeto = AccessJeto.start(dataDir, tools);
    secondAdmin =
        jeto.admin(
                "POST",
                "/api/users",
                Map.of("name", "bea", "email", "bea@example.org", "role", "admin"),
                201)
            .get("api_key")
            .asText();
    member =
        jeto.admin(
                "POST",
                "/api/users",
                Map.of("name", "cid", "email", "cid@example.org", "role", "user"),
                201)
            .get("id")
            .asLong();
    team =
        jeto.admin("POST", "/api/teams", Map.of("name", "devs", "members", List.of()), 201)
            .get("id")
            .asLong();
  }

  @AfterEach
  void stopJeto() {
    if (jeto != null) {
      jeto.close();
    }
  }

  @Test
  void givenTwoAdministratorsWithTheSameEtag_put_secondGets412AndTheFirstChangeStays() {
    String first = jeto.get("/api/teams/" + team, ADMIN_KEY).header("ETag");
    String second = jeto.get("/api/teams/" + team, secondAdmin).header("ETag");

    Reply firstWrite =
        put(ADMIN_KEY, first, Map.of("name", "devs-first", "members", List.of(member)));
    Reply secondWrite =
        put(secondAdmin, second, Map.of("name", "devs-second", "members", List.of()));

    assertThat(first).isNotBlank().isEqualTo(second);
    assertThat(firstWrite.status()).as(firstWrite.toString()).isEqualTo(200);
    assertThat(firstWrite.header("ETag")).isNotEqualTo(first);
    assertThat(secondWrite.status()).as(secondWrite.toString()).isEqualTo(412);
    assertThat(secondWrite.header("Content-Type")).startsWith("application/problem+json");
    Reply now = jeto.get("/api/teams/" + team, ADMIN_KEY);
    assertThat(now.json().get("name").asText()).isEqualTo("devs-first");
    assertThat(now.json().get("members")).hasSize(1);
    assertThat(now.json().get("members").get(0).asLong()).isEqualTo(member);
    assertThat(now.header("ETag")).isEqualTo(firstWrite.header("ETag"));
  }

  @Test
  void givenAStaleEtag_patch_answers412AndChangesNothing() {
    String stale = jeto.get("/api/teams/" + team, ADMIN_KEY).header("ETag");
    put(ADMIN_KEY, stale, Map.of("name", "devs-1", "members", List.of()));

    Reply patch =
        jeto.send(
            "PATCH",
            "/api/teams/" + team,
            secondAdmin,
            AccessJeto.write(Map.of("name", "devs-2", "members", List.of())),
            false,
            Map.of("If-Match", stale));

    assertThat(patch.status()).as(patch.toString()).isEqualTo(412);
    assertThat(jeto.get("/api/teams/" + team, ADMIN_KEY).json().get("name").asText())
        .isEqualTo("devs-1");
  }

  private Reply put(String key, String etag, Map<String, Object> body) {
    return jeto.send(
        "PUT", "/api/teams/" + team, key, AccessJeto.write(body), false, Map.of("If-Match", etag));
  }
}
