package io.jeto.bootstrap.access;

import static io.jeto.bootstrap.access.AccessJeto.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Puts key secrets and host parameter values through the API, stops Jeto, and reads the whole H2
 * database as the SQL script H2 restores it from: none of them may be in it, in any spelling a
 * column could hold them in (text, hex of binary, base64).
 */
class DatabaseDumpTest {

  private static final List<String> PARAM_VALUES =
      List.of("sekret-9f3a", "sekret-pw-31c7", "sekret-put-8d2e");

  @TempDir Path dataDir;
  @TempDir Path tools;
  private AccessJeto jeto;

  @AfterEach
  void stopJeto() {
    if (jeto != null) {
      jeto.close();
    }
  }

  @Test
  void givenKeysAndHostSecretsMadeThroughTheApi_databaseDump_holdsNoneInClear() throws Exception {
    jeto = AccessJeto.start(dataDir, tools);
    List<String> secrets = new ArrayList<>(List.of(ADMIN_KEY));
    long lab =
        hostWith(
            "lab", Map.of("API_TOKEN", PARAM_VALUES.get(0), "CLOUD_PASSWORD", PARAM_VALUES.get(1)));
    long spare = hostWith("spare", Map.of("TOKEN", "placeholder"));
    jeto.admin(
        "PUT",
        "/api/hosts/" + spare,
        Map.of("name", "spare", "provider", "lxc", "params", Map.of("TOKEN", PARAM_VALUES.get(2))),
        200);
    long instance = instanceOn(lab);
    awaitEnd(
        instance,
        jeto.admin(
            "POST", "/api/instances/" + instance + "/commands", Map.of("action", "start"), 202));
    JsonNode leak =
        awaitEnd(
            instance,
            jeto.admin(
                "POST",
                "/api/instances/" + instance + "/commands",
                Map.of("action", "runScript", "script", "leak"),
                202));
    JsonNode ana =
        jeto.admin(
            "POST",
            "/api/users",
            Map.of("name", "ana", "email", "ana@example.org", "role", "user"),
            201);
    secrets.add(ana.get("api_key").asText());
    secrets.add(
        jeto.admin(
                "POST",
                "/api/api-keys",
                Map.of(
                    "name",
                    "ci",
                    "user",
                    ana.get("id").asLong(),
                    "actions",
                    List.of("view"),
                    "expires_at",
                    Instant.now().plusSeconds(3600).toString()),
                201)
            .get("secret")
            .asText());
    secrets.add(
        jeto.post("/api/api-keys", ana.get("api_key").asText(), Map.of("name", "laptop"))
            .json()
            .get("secret")
            .asText());
    jeto.close();
    jeto = null;

    String dump = dump(dataDir);

    assertThat(leak.get("console").asText()).contains("token=********");
    assertThat(dump)
        .as("the dump is of this database")
        .contains("ana@example.org", "CLOUD_PASSWORD", "laptop");
    List<String> forbidden = new ArrayList<>(secrets);
    forbidden.addAll(PARAM_VALUES);
    for (String secret : forbidden) {
      assertThat(dump)
          .as("secret %s in the dump", secret)
          .doesNotContain(secret)
          .doesNotContainIgnoringCase(
              HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)))
          .doesNotContain(
              java.util.Base64.getEncoder()
                  .encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    }
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve("secret.key"))))
        .as("the key that encrypts host params")
        .isEqualTo("rw-------");
  }

  private long hostWith(String name, Map<String, String> params) {
    return jeto.admin(
            "POST", "/api/hosts", Map.of("name", name, "provider", "lxc", "params", params), 201)
        .get("id")
        .asLong();
  }

  private long instanceOn(long host) {
    Path path = LocalGitRepository.environment(dataDir.resolve("workspaces/web"));
    return jeto.admin(
            "POST",
            "/api/instances",
            Map.of("name", "web", "host", host, "environment", "dev", "path", path.toString()),
            201)
        .get("id")
        .asLong();
  }

  private JsonNode awaitEnd(long instance, JsonNode command) {
    String path = "/api/instances/" + instance + "/commands/" + command.get("id").asLong();
    AccessJeto.poll(
        () ->
            List.of("succeeded", "failed", "cancelled")
                .contains(jeto.admin("GET", path, null, 200).get("state").asText()),
        Duration.ofSeconds(30),
        "command to end");
    return jeto.admin("GET", path, null, 200);
  }

  /** Every statement of H2's {@code SCRIPT}, which writes out every row of every table. */
  static String dump(Path dataDir) throws SQLException {
    StringBuilder dump = new StringBuilder();
    try (Connection connection =
            DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("jeto"), "sa", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SCRIPT")) {
      while (rows.next()) {
        dump.append(rows.getString(1)).append('\n');
      }
    }
    return dump.toString();
  }
}
