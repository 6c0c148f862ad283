package io.jeto.bootstrap.api;

import static io.jeto.bootstrap.api.RunningJeto.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Instances API over HTTP against a started Jeto and the real vagrant with LXC. */
class InstancesApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  private Path root;
  private RunningJeto jeto;
  private long hostId;

  @BeforeEach
  void startJeto() {
    RealVagrant.assumeInstalled();
    jeto = RunningJeto.start(dataDir, Map.of());
    root = dataDir.resolve("workspaces");
    hostId = createLxcHost("lab");
  }

  @AfterEach
  void stopJeto() {
    if (jeto != null) {
      jeto.close();
    }
  }

  @Test
  void givenSingleMachineEnvironment_getInstance_showsDefaultMachineNotCreated() throws Exception {
    Path single = Environments.write(root, "single", Environments.SINGLE_MACHINE);
    String jetoJson = "{\"scripts\": {\"hello\": {\"command\": \"echo hi\"}}, \"owner\": \"ana\"}";
    Environments.writeJetoJson(single, jetoJson);
    long id = register("single", single);

    RunningJeto.Reply reply = jeto.get("/api/instances/" + id, ADMIN_KEY);

    assertThat(reply.status()).isEqualTo(200);
    JsonNode machine = reply.json().get("status").get(0);
    assertThat(reply.json().get("status")).hasSize(1);
    assertThat(machine.get("name").asText()).isEqualTo("default");
    assertThat(machine.get("status").asText()).isEqualTo("not created");
    assertThat(machine.get("state").asText()).isEqualTo("not_created");
    assertThat(machine.get("provider").asText()).isEqualTo("lxc");
    assertThat(machine.get("ip").isNull()).isTrue();
    assertThat(machine.get("checked_at").asText()).isNotBlank();
    assertThat(reply.json().get("status_error").isNull()).isTrue();
    assertThat(reply.json().get("jeto_infos")).isEqualTo(JSON.readTree(jetoJson));
    assertThat(reply.json().get("host").get("id").asLong()).isEqualTo(hostId);
    assertThat(reply.json().get("path").asText()).isEqualTo(single.toRealPath().toString());
  }

  @Test
  void givenWebAndDbEnvironment_listInstances_showsBothMachinesFromStoredStatus() {
    Path multi = Environments.write(root, "multi", Environments.WEB_AND_DB);
    long id = register("multi", multi);

    RunningJeto.Reply reply = jeto.get("/api/instances", ADMIN_KEY);

    assertThat(reply.status()).isEqualTo(200);
    JsonNode instance = reply.json().get(0);
    assertThat(instance.get("id").asLong()).isEqualTo(id);
    assertThat(field(instance.get("status"), "name")).containsExactly("web", "db");
    assertThat(field(instance.get("status"), "status"))
        .containsExactly("not created", "not created");
    assertThat(field(instance.get("status"), "state"))
        .containsExactly("not_created", "not_created");
    assertThat(field(instance.get("status"), "provider")).containsExactly("lxc", "lxc");
    assertThat(instance.get("jeto_infos").isEmpty()).isTrue();
  }

  @Test
  void givenUserWithOneGrant_listAndGet_showOnlyTheGrantedInstance() {
    long granted = register("granted", Environments.write(root, "a", Environments.SINGLE_MACHINE));
    long hidden = register("hidden", Environments.write(root, "b", Environments.SINGLE_MACHINE));
    JsonNode user =
        jeto.post(
                "/api/users",
                ADMIN_KEY,
                Map.of("name", "ana", "email", "ana@example.org", "role", "user"))
            .json();
    String userKey = user.get("api_key").asText();
    RunningJeto.Reply grant =
        jeto.post(
            "/api/grants",
            ADMIN_KEY,
            Map.of(
                "user", user.get("id").asLong(), "instance", granted, "actions", List.of("view")));

    RunningJeto.Reply list = jeto.get("/api/instances", userKey);

    assertThat(grant.status()).isEqualTo(201);
    assertThat(field(list.json(), "name")).containsExactly("granted");
    assertThat(jeto.get("/api/instances/" + granted, userKey).status()).isEqualTo(200);
    assertThat(jeto.get("/api/instances/" + hidden, userKey).status()).isEqualTo(404);
    assertThat(list.json().get(0).get("host").get("name").asText()).isEqualTo("lab");
  }

  @Test
  void givenSecretHostParam_userView_masksTheValueButAdministratorSeesIt() {
    long secretHost =
        jeto.post(
                "/api/hosts",
                ADMIN_KEY,
                Map.of("name", "cloud", "provider", "lxc", "params", Map.of("TOKEN", "s3cr3t")))
            .json()
            .get("id")
            .asLong();
    long id =
        register("cloudy", Environments.write(root, "c", Environments.SINGLE_MACHINE), secretHost);
    JsonNode user =
        jeto.post("/api/users", ADMIN_KEY, Map.of("name", "bo", "email", "bo@example.org")).json();
    jeto.post(
        "/api/grants",
        ADMIN_KEY,
        Map.of("user", user.get("id").asLong(), "instance", id, "actions", List.of("view")));

    JsonNode asUser = jeto.get("/api/instances/" + id, user.get("api_key").asText()).json();
    JsonNode asAdmin = jeto.get("/api/hosts/" + secretHost, ADMIN_KEY).json();

    assertThat(asUser.get("host").get("params").get("TOKEN").asText()).isEqualTo("********");
    assertThat(asAdmin.get("params").get("TOKEN").asText()).isEqualTo("s3cr3t");
  }

  @Test
  void givenRegisteredInstance_restartOnSameDataDir_keepsInstancesHostsAndUsers() {
    long id = register("kept", Environments.write(root, "kept", Environments.SINGLE_MACHINE));
    String userKey =
        jeto.post("/api/users", ADMIN_KEY, Map.of("name", "cy", "email", "cy@example.org"))
            .json()
            .get("api_key")
            .asText();
    jeto.close();

    jeto = RunningJeto.start(dataDir, Map.of());

    JsonNode list = jeto.get("/api/instances", ADMIN_KEY).json();
    assertThat(field(list, "name")).containsExactly("kept");
    assertThat(list.get(0).get("id").asLong()).isEqualTo(id);
    assertThat(list.get(0).get("status").get(0).get("state").asText()).isEqualTo("not_created");
    assertThat(jeto.get("/api/hosts/" + hostId, ADMIN_KEY).json().get("name").asText())
        .isEqualTo("lab");
    assertThat(jeto.get("/api/instances", userKey).status()).isEqualTo(200);
  }

  @Test
  void givenBrokenVagrantfile_getInstance_answersWithStatusError() {
    long id = register("broken", Environments.write(root, "broken", Environments.MISSING_END));

    RunningJeto.Reply reply = jeto.get("/api/instances/" + id, ADMIN_KEY);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("status")).isEmpty();
    assertThat(reply.json().get("status_error").asText()).contains("syntax error");
  }

  @Test
  void givenInvalidJetoJson_getInstance_answersEmptyInfosWithError() {
    Path directory = Environments.write(root, "badjson", Environments.SINGLE_MACHINE);
    Environments.writeJetoJson(directory, "{\"scripts\": ");
    long id = register("badjson", directory);

    RunningJeto.Reply reply = jeto.get("/api/instances/" + id, ADMIN_KEY);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("jeto_infos").isEmpty()).isTrue();
    assertThat(reply.json().get("jeto_infos_error").asText()).contains("jeto.json");
  }

  private static List<String> field(JsonNode array, String name) {
    List<String> values = new ArrayList<>();
    array.forEach(element -> values.add(element.get(name).asText()));
    return values;
  }

  private long createLxcHost(String name) {
    RunningJeto.Reply reply =
        jeto.post("/api/hosts", ADMIN_KEY, Map.of("name", name, "provider", "lxc"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  private long register(String name, Path path) {
    return register(name, path, hostId);
  }

  private long register(String name, Path path, long host) {
    RunningJeto.Reply reply =
        jeto.post(
            "/api/instances",
            ADMIN_KEY,
            Map.of("name", name, "host", host, "environment", "dev", "path", path.toString()));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.header("Location")).isEqualTo("/api/instances/" + reply.json().get("id"));
    return reply.json().get("id").asLong();
  }
}
