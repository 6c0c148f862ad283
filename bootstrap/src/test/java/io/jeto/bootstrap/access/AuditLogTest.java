package io.jeto.bootstrap.access;

import static io.jeto.bootstrap.access.AccessJeto.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jeto.bootstrap.access.AccessJeto.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log after a few changes: order, contents, secrets left out, paging, filters, and who
 * sees what.
 */
class AuditLogTest {

  private static final String PARAM_SECRET = "sekret-9f3a";
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

  @TempDir Path dataDir;
  @TempDir Path tools;
  private AccessJeto jeto;
  private long admin;
  private long host;
  private long instanceA;
  private long instanceB;
  private long ana;
  private String anaKey;
  private final List<String> secrets = new ArrayList<>(List.of(ADMIN_KEY, PARAM_SECRET));

  @BeforeEach
  void startJetoAndMakeChanges() {
    jeto = AccessJeto.start(dataDir, tools);
    admin = jeto.admin("GET", "/api/me", null, 200).get("id").asLong();
    host =
        id(
            jeto.admin(
                "POST",
                "/api/hosts",
                Map.of(
                    "name", "lab", "provider", "lxc", "params", Map.of("API_TOKEN", PARAM_SECRET)),
                201));
    instanceA = instance("shop");
    instanceB = instance("other");
    JsonNode user =
        jeto.admin(
            "POST",
            "/api/users",
            Map.of("name", "ana", "email", "ana@example.org", "role", "user"),
            201);
    ana = id(user);
    anaKey = user.get("api_key").asText();
    secrets.add(anaKey);
    jeto.admin(
        "POST",
        "/api/grants",
        Map.of("user", ana, "instance", instanceA, "actions", List.of("view")),
        201);
    secrets.add(
        jeto.admin("POST", "/api/api-keys", Map.of("name", "ci", "user", ana), 201)
            .get("secret")
            .asText());
    secrets.add(
        jeto.post("/api/api-keys", anaKey, Map.of("name", "laptop")).json().get("secret").asText());
    jeto.admin("PATCH", "/api/instances/" + instanceA, Map.of("environment", "qa"), 200);
    long command =
        id(
            jeto.admin(
                "POST",
                "/api/instances/" + instanceA + "/commands",
                Map.of("action", "status"),
                202));
    AccessJeto.poll(
        () ->
            jeto.admin("GET", "/api/instances/" + instanceA + "/commands/" + command, null, 200)
                .get("state")
                .asText()
                .equals("succeeded"),
        Duration.ofSeconds(30),
        "the command to end");
    AccessJeto.poll(
        () ->
            all(ADMIN_KEY, "").stream()
                .anyMatch(e -> e.get("outcome").asText().startsWith("succeeded (")),
        Duration.ofSeconds(10),
        "the command's end in the log");
    jeto.admin("PATCH", "/api/instances/" + instanceB, Map.of("environment", "last"), 200);
  }

  @AfterEach
  void stopJeto() {
    if (jeto != null) {
      jeto.close();
    }
  }

  @Test
  void givenChanges_auditLog_showsThemNewestFirstWithWhoKeyAddressActionObjectAndOutcome() {
    Reply reply = jeto.get("/api/auditlog", ADMIN_KEY);
    List<JsonNode> entries = list(reply.json());

    assertThat(entries.getFirst().get("object_id").asLong())
        .as("the last change first")
        .isEqualTo(instanceB);
    for (int i = 1; i < entries.size(); i++) {
      assertThat(entries.get(i).get("id").asLong())
          .isLessThan(entries.get(i - 1).get("id").asLong());
      assertThat(Instant.parse(entries.get(i).get("at").asText()))
          .isBeforeOrEqualTo(Instant.parse(entries.get(i - 1).get("at").asText()));
    }
    JsonNode hostCreated = only(entries, e -> e.get("object_type").asText().equals("host"));
    assertThat(hostCreated.get("user_id").asLong()).isEqualTo(admin);
    assertThat(hostCreated.get("user_name").asText()).isEqualTo("admin");
    assertThat(hostCreated.get("key_name").asText()).isNotBlank();
    assertThat(hostCreated.get("address").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
    assertThat(hostCreated.get("action").asText()).isEqualTo("create");
    assertThat(hostCreated.get("object_id").asLong()).isEqualTo(host);
    assertThat(hostCreated.get("object_name").asText()).isEqualTo("lab");
    assertThat(hostCreated.get("outcome").asText()).isEqualTo("succeeded");
    assertThat(hostCreated.get("details").asText())
        .contains("API_TOKEN")
        .doesNotContain(PARAM_SECRET);
    JsonNode anasKey =
        only(
            entries,
            e ->
                e.get("object_type").asText().equals("api_key")
                    && e.path("user_id").asLong() == ana);
    assertThat(anasKey.get("user_name").asText()).isEqualTo("ana");
    assertThat(anasKey.get("key_name").asText()).isEqualTo("default");
    assertThat(anasKey.get("object_name").asText()).isEqualTo("laptop");
    JsonNode edit =
        only(
            entries,
            e ->
                e.get("action").asText().equals("update")
                    && e.get("object_id").asLong() == instanceA);
    assertThat(edit.get("object_type").asText()).isEqualTo("instance");
    assertThat(edit.get("details").asText()).contains("qa");
    assertThat(entries)
        .anySatisfy(
            e -> {
              assertThat(e.get("action").asText()).isEqualTo("status");
              assertThat(e.get("object_id").asLong()).isEqualTo(instanceA);
              assertThat(e.get("outcome").asText()).isEqualTo("succeeded (0)");
            });
    for (String secret : secrets) {
      assertThat(reply.body()).as("a secret in the audit log").doesNotContain(secret);
    }
  }

  @Test
  void givenLimitTwo_followingLinkNext_walksTheWholeLogOnce() {
    List<Long> everything = ids(all(ADMIN_KEY, ""));
    List<Long> walked = new ArrayList<>();
    String next = "/api/auditlog?limit=2";
    int pages = 0;

    while (next != null) {
      Reply page = jeto.get(next, ADMIN_KEY);
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      assertThat(page.json().size()).isBetween(1, 2);
      walked.addAll(ids(list(page.json())));
      next = nextLink(page);
      assertThat(++pages).as("pages").isLessThan(100);
    }

    assertThat(everything.size()).isGreaterThan(4);
    assertThat(walked).containsExactlyElementsOf(everything);
  }

  @Test
  void givenFilters_auditLog_answersOnlyMatchingEntriesAndLinkKeepsTheFilter() {
    assertThat(all(ADMIN_KEY, "user=" + ana))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("user_id").asLong()).isEqualTo(ana));
    assertThat(all(ADMIN_KEY, "object_type=host"))
        .hasSize(1)
        .allSatisfy(e -> assertThat(e.get("object_type").asText()).isEqualTo("host"));
    assertThat(all(ADMIN_KEY, "action=update"))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.get("action").asText()).isEqualTo("update"));
    assertThat(all(ADMIN_KEY, "object_type=instance&object_id=" + instanceA))
        .hasSizeGreaterThan(2)
        .allSatisfy(e -> assertThat(e.get("object_id").asLong()).isEqualTo(instanceA));

    List<JsonNode> paged = new ArrayList<>();
    String next = "/api/auditlog?object_type=instance&limit=1";
    while (next != null) {
      Reply page = jeto.get(next, ADMIN_KEY);
      paged.addAll(list(page.json()));
      next = nextLink(page);
    }
    assertThat(ids(paged)).containsExactlyElementsOf(ids(all(ADMIN_KEY, "object_type=instance")));
  }

  @Test
  void givenUserWhoSeesOneInstance_auditLog_showsOnlyEntriesAboutItOrByItself() {
    List<JsonNode> seen = all(anaKey, "");

    assertThat(seen)
        .allSatisfy(
            e -> {
              boolean own = e.path("user_id").asLong(-1) == ana;
              boolean aboutA =
                  e.get("object_type").asText().equals("instance")
                      && e.get("object_id").asLong() == instanceA;
              assertThat(own || aboutA).as("entry ana may read: " + e).isTrue();
            });
    assertThat(seen).anySatisfy(e -> assertThat(e.get("action").asText()).isEqualTo("update"));
    assertThat(seen)
        .noneMatch(
            e ->
                e.get("object_type").asText().equals("instance")
                    && e.get("object_id").asLong() == instanceB)
        .noneMatch(e -> e.get("object_type").asText().equals("host"))
        .noneMatch(e -> e.get("object_type").asText().equals("grant"));
    assertThat(all(anaKey, "object_type=host")).isEmpty();
  }

  private List<JsonNode> all(String key, String query) {
    Reply reply = jeto.get("/api/auditlog?" + query, key);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return list(reply.json());
  }

  private static String nextLink(Reply page) {
    String link = page.header("Link");
    if (link == null) {
      return null;
    }
    Matcher matcher = NEXT.matcher(link);
    assertThat(matcher.find()).as("Link header " + link).isTrue();
    return matcher.group(1);
  }

  private long instance(String name) {
    Path path = LocalGitRepository.environment(dataDir.resolve("workspaces").resolve(name));
    return id(
        jeto.admin(
            "POST",
            "/api/instances",
            Map.of("name", name, "host", host, "environment", "dev", "path", path.toString()),
            201));
  }

  private static JsonNode only(List<JsonNode> entries, Predicate<JsonNode> which) {
    List<JsonNode> found = entries.stream().filter(which).toList();
    assertThat(found).as("matching entries").hasSize(1);
    return found.getFirst();
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private static List<Long> ids(List<JsonNode> entries) {
    return entries.stream().map(AuditLogTest::id).toList();
  }

  private static long id(JsonNode node) {
    return node.get("id").asLong();
  }
}
