package io.jeto.bootstrap.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Reads a text/event-stream over real HTTP, as a browser's EventSource would. */
final class ConsoleStreamClient {

  /** One server-sent event. */
  record Event(String id, String name, String data) {}

  private final HttpClient client = HttpClient.newHttpClient();
  private final int port;

  ConsoleStreamClient(int port) {
    this.port = port;
  }

  /** Reads events until {@code end}, or until {@code maxEvents} lines were read. */
  List<Event> read(String path, String key, String lastEventId, int maxEvents) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofMinutes(2))
            .header("X-JETO-KEY", key)
            .header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    try {
      HttpResponse<Stream<String>> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
      if (response.statusCode() != 200) {
        throw new AssertionError("console answered " + response.statusCode());
      }
      try (Stream<String> lines = response.body()) {
        return events(lines.iterator(), maxEvents);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<Event> events(Iterator<String> lines, int maxEvents) {
    List<Event> events = new ArrayList<>();
    String id = null;
    String name = "message";
    StringBuilder data = new StringBuilder();
    while (lines.hasNext() && events.size() < maxEvents) {
      String line = lines.next();
      if (line.isEmpty()) {
        if (!data.isEmpty()) {
          Event event = new Event(id, name, data.toString());
          events.add(event);
          if (event.name().equals("end")) {
            break;
          }
        }
        name = "message";
        data.setLength(0);
      } else if (line.startsWith("id: ")) {
        id = line.substring(4);
      } else if (line.startsWith("event: ")) {
        name = line.substring(7);
      } else if (line.startsWith("data: ")) {
        data.append(line.substring(6));
      }
    }
    return events;
  }
}
