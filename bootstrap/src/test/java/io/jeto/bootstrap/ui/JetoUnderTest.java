package io.jeto.bootstrap.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jeto.bootstrap.JetoConfig;
import io.jeto.bootstrap.JetoService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A Jeto started in-process on a free loopback port, over a data directory of its own, with the
 * fake vagrant; the tests arrange their data through its API and look at it through the browser.
 */
final class JetoUnderTest implements AutoCloseable {

  static final String ADMIN_KEY = "jeto_ui-test-administrator-key";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JetoService service;
  private final Path workspaces;
  private final HttpClient client = HttpClient.newHttpClient();

  private JetoUnderTest(JetoService service, Path workspaces) {
    this.service = service;
    this.workspaces = workspaces;
  }

  static JetoUnderTest start(Path dataDir, Path tools) {
    return start(dataDir, tools, 0);
  }

  /** On this port (0: any free one), so that a restart can come back where the page looks. */
  static JetoUnderTest start(Path dataDir, Path tools, int port) {
    Map<String, String> env =
        Map.of(
            "JETO_PORT", String.valueOf(port),
            "JETO_BIND", "127.0.0.1",
            "JETO_DATA", dataDir.toString(),
            "JETO_ADMIN_KEY", ADMIN_KEY,
            "JETO_VAGRANT", UiFakeVagrant.write(tools).toString());
    return new JetoUnderTest(
        JetoService.start(JetoConfig.fromEnvironment(env)), dataDir.resolve("workspaces"));
  }

  int port() {
    return service.port();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + service.port() + "/";
  }

  /** A Vagrant environment under the roots, with these machines and this jeto.json. */
  Path environment(String name, List<String> machines, String jetoJson) {
    try {
      Path directory = Files.createDirectories(workspaces.resolve(name));
      Files.writeString(
          directory.resolve("Vagrantfile"),
          "Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"local/deb12\"\nend\n");
      Files.writeString(directory.resolve(".fake-machines"), String.join(" ", machines) + "\n");
      if (jetoJson != null) {
        Files.writeString(directory.resolve("jeto.json"), jetoJson);
      }
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A local git repository holding an environment, with a branch and a tag besides main. */
  Path gitRepository(String name, String jetoJson) {
    Path directory = environment("repositories/" + name, List.of("default"), jetoJson);
    git(directory, "init", "-q", "-b", "main");
    git(directory, "add", ".");
    git(
        directory,
        "-c",
        "user.name=Jeto UI test",
        "-c",
        "user.email=ui@example.org",
        "commit",
        "-q",
        "-m",
        "environment");
    git(directory, "tag", "v1.0");
    git(directory, "branch", "feature");
    return directory;
  }

  private static void git(Path directory, String... arguments) {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    try {
      Process process =
          new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
      if (process.waitFor() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed in " + directory);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  long host(String name, Map<String, String> params) {
    return post("/api/hosts", ADMIN_KEY, Map.of("name", name, "provider", "lxc", "params", params))
        .get("id")
        .asLong();
  }

  long instance(String name, long host, Path path) {
    return post(
            "/api/instances",
            ADMIN_KEY,
            Map.of("name", name, "host", host, "environment", "dev", "path", path.toString()))
        .get("id")
        .asLong();
  }

  /** A user with a view grant on one instance; answers the user's key. */
  String viewerOf(String name, long instance, List<String> actions) {
    JsonNode user =
        post(
            "/api/users",
            ADMIN_KEY,
            Map.of("name", name, "email", name + "@example.org", "role", "user"));
    post(
        "/api/grants",
        ADMIN_KEY,
        Map.of("user", user.get("id").asLong(), "instance", instance, "actions", actions));
    return user.get("api_key").asText();
  }

  JsonNode get(String path) {
    return parse(send("GET", path, ADMIN_KEY, null, 200));
  }

  int status(String path) {
    return sendRaw("GET", path, ADMIN_KEY, null).statusCode();
  }

  JsonNode post(String path, String key, Object body) {
    try {
      return parse(send("POST", path, key, JSON.writeValueAsString(body), -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode patch(String path, Object body) {
    try {
      return parse(send("PATCH", path, ADMIN_KEY, JSON.writeValueAsString(body), 200));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String send(String method, String path, String key, String body, int expected) {
    HttpResponse<String> response = sendRaw(method, path, key, body);
    boolean ok =
        expected < 0 ? response.statusCode() / 100 == 2 : response.statusCode() == expected;
    if (!ok) {
      throw new AssertionError(
          method + " " + path + " answered " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  private HttpResponse<String> sendRaw(String method, String path, String key, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path.substring(1)))
            .timeout(Duration.ofSeconds(60))
            .header("X-JETO-KEY", key)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  @Override
  public void close() {
    service.close();
  }
}
