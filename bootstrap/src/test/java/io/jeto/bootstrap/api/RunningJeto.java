package io.jeto.bootstrap.api;

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
import java.util.HashMap;
import java.util.Map;

/** A Jeto started on a free loopback port over a data directory, spoken to over real HTTP. */
final class RunningJeto implements AutoCloseable {

  static final String ADMIN_KEY = "jeto_test-administrator-key";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JetoService service;
  private final HttpClient client = HttpClient.newHttpClient();

  private RunningJeto(JetoService service) {
    this.service = service;
  }

  static RunningJeto start(Path dataDir, Map<String, String> settings) {
    Map<String, String> env = new HashMap<>();
    env.put("JETO_PORT", "0");
    env.put("JETO_DATA", dataDir.toString());
    env.put("JETO_ADMIN_KEY", ADMIN_KEY);
    env.putAll(settings);
    return new RunningJeto(JetoService.start(JetoConfig.fromEnvironment(env)));
  }

  int port() {
    return service.port();
  }

  Reply get(String path, String key) {
    return send("GET", path, key, null);
  }

  Reply post(String path, String key, Object body) {
    return send("POST", path, key, body instanceof String raw ? raw : write(body));
  }

  Reply send(String method, String path, String key, String body) {
    return send(method, path, key, body, Map.of());
  }

  Reply send(String method, String path, String key, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("X-JETO-KEY", key);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    service.close();
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One answer: its code, headers and body, parsed as JSON when it is JSON. */
  record Reply(HttpResponse<String> response) {

    int status() {
      return response.statusCode();
    }

    String contentType() {
      return response.headers().firstValue("Content-Type").orElse("");
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + response.body(), e);
      }
    }

    @Override
    public String toString() {
      return response.statusCode() + " " + response.body();
    }
  }
}
