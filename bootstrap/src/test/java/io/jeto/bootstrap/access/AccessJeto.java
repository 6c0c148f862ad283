package io.jeto.bootstrap.access;

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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A Jeto started in this JVM on a free loopback port over a data directory of the test's own,
 * spoken to over real HTTP, with the stand-in vagrant of {@link AccessFakeVagrant}.
 */
final class AccessJeto implements AutoCloseable {

  static final String ADMIN_KEY = "jeto_admin-sekret-5b1e77c0d2a94f";
  static final ObjectMapper JSON = new ObjectMapper();

  private final JetoService service;
  private final Path dataDir;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private AccessJeto(JetoService service, Path dataDir) {
    this.service = service;
    this.dataDir = dataDir;
  }

  /** Starts over {@code dataDir} with the stand-in vagrant written into {@code tools}. */
  static AccessJeto start(Path dataDir, Path tools) {
    Map<String, String> env = new HashMap<>();
    env.put("JETO_PORT", "0");
    env.put("JETO_BIND", "127.0.0.1");
    env.put("JETO_DATA", dataDir.toString());
    env.put("JETO_ADMIN_KEY", ADMIN_KEY);
    env.put("JETO_VAGRANT", AccessFakeVagrant.write(tools).toString());
    return new AccessJeto(JetoService.start(JetoConfig.fromEnvironment(env)), dataDir);
  }

  Path dataDir() {
    return dataDir;
  }

  Reply get(String path, String key) {
    return send("GET", path, key, null, false);
  }

  Reply post(String path, String key, Object body) {
    return send("POST", path, key, write(body), false);
  }

  Reply put(String path, String key, Object body) {
    return send("PUT", path, key, write(body), false);
  }

  Reply patch(String path, String key, Object body) {
    return send("PATCH", path, key, write(body), false);
  }

  Reply delete(String path, String key) {
    return send("DELETE", path, key, null, false);
  }

  /** Sends a request, with the key as {@code X-JETO-KEY} or, when {@code bearer}, as a token. */
  Reply send(String method, String path, String key, String body, boolean bearer) {
    return send(method, path, key, body, bearer, Map.of());
  }

  Reply send(
      String method,
      String path,
      String key,
      String body,
      boolean bearer,
      Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header(bearer ? "Authorization" : "X-JETO-KEY", bearer ? "Bearer " + key : key);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    try {
      return new Reply(
          method + " " + path, client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request as the administrator that must answer {@code expected}. */
  JsonNode admin(String method, String path, Object body, int expected) {
    Reply reply = send(method, path, ADMIN_KEY, body == null ? null : write(body), false);
    if (reply.status() != expected) {
      throw new AssertionError("fixture call failed, expected " + expected + ": " + reply);
    }
    return reply.body().isEmpty() ? JSON.nullNode() : reply.json();
  }

  @Override
  public void close() {
    service.close();
  }

  static String write(Object body) {
    if (body == null || body instanceof String) {
      return (String) body;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void poll(BooleanSupplier condition, Duration atMost, String what) {
    Instant deadline = Instant.now().plus(atMost);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** One answer: its request line, code, headers and body, parsed as JSON when it is JSON. */
  record Reply(String request, HttpResponse<String> response) {

    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON from " + request + ": " + response.body(), e);
      }
    }

    @Override
    public String toString() {
      String text = response.body();
      return request
          + " -> "
          + response.statusCode()
          + " "
          + (text.length() > 400 ? text.substring(0, 400) + "..." : text);
    }
  }
}
