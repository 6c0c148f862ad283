package io.jeto.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a command's console ({@code text/event-stream}) to its {@code end} event, as a browser's
 * EventSource would. Bounded twice: each read gives up after a minute of silence (the service
 * sends a keep-alive comment every 15 s), and the whole stream after {@code limit}.
 */
final class SseConsole {

  /** One server-sent event; {@code id} is null when the event carried none. */
  record Event(String id, String name, String data) {

    JsonNode json() {
      return JetoHttp.parse(data);
    }
  }

  /**
   * The events of one followed stream; {@code end} is null when the stream stopped early, and
   * {@code broken} then says how, if the connection failed rather than closed.
   */
  record Followed(List<Event> lines, Event end, String broken) {

    Followed(List<Event> lines, Event end) {
      this(lines, end, null);
    }

    List<String> texts() {
      return lines.stream().map(event -> event.json().get("text").asText()).toList();
    }

    String endState() {
      return end == null ? null : end.json().get("state").asText();
    }

    @Override
    public String toString() {
      return "end="
          + (end == null ? "none" : end.data())
          + (broken == null ? "" : ", stream broke: " + broken)
          + ", lines:\n"
          + String.join("\n", texts());
    }
  }

  private SseConsole() {}

  static Followed follow(JetoHttp jeto, long instanceId, long commandId, Duration limit) {
    return follow(
        jeto, "/api/instances/" + instanceId + "/commands/" + commandId + "/console", null, limit);
  }

  static Followed follow(JetoHttp jeto, String path, String lastEventId, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    HttpURLConnection connection = null;
    try {
      connection =
          (HttpURLConnection)
              URI.create("http://127.0.0.1:" + jeto.port() + path).toURL().openConnection();
      connection.setConnectTimeout(10_000);
      connection.setReadTimeout(60_000);
      connection.setRequestProperty("X-JETO-KEY", jeto.key());
      connection.setRequestProperty("Accept", "text/event-stream");
      if (lastEventId != null) {
        connection.setRequestProperty("Last-Event-ID", lastEventId);
      }
      int status = connection.getResponseCode();
      if (status != 200) {
        throw new AssertionError("console " + path + " answered " + status);
      }
      if (!String.valueOf(connection.getContentType()).startsWith("text/event-stream")) {
        throw new AssertionError("console " + path + " is " + connection.getContentType());
      }
      List<Event> lines = new ArrayList<>();
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
        return read(reader, deadline, limit, path, lines);
      } catch (BrokenStream e) {
        return new Followed(lines, null, e.getMessage());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("following " + path + " failed", e);
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  private static Followed read(
      BufferedReader reader, long deadline, Duration limit, String path, List<Event> lines) {
    String id = null;
    String name = "message";
    StringBuilder data = new StringBuilder();
    String line;
    while ((line = readLine(reader, lines)) != null) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "console "
                + path
                + " did not end within "
                + limit.toSeconds()
                + " s; read so far:\n"
                + new Followed(lines, null));
      }
      if (line.isEmpty()) {
        if (!data.isEmpty()) {
          Event event = new Event(id, name, data.toString());
          if (name.equals("end")) {
            return new Followed(lines, event);
          }
          if (name.equals("line")) {
            lines.add(event);
          }
        }
        id = null;
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
    return new Followed(lines, null);
  }

  /** A line, or null at the end of the stream; a broken stream ends it, saying how. */
  private static String readLine(BufferedReader reader, List<Event> lines) {
    try {
      return reader.readLine();
    } catch (java.net.SocketTimeoutException e) {
      throw new AssertionError(
          "no byte for 60 s on the console stream; read so far:\n" + new Followed(lines, null), e);
    } catch (IOException e) {
      throw new BrokenStream(e.toString());
    }
  }

  /** The connection failed in the middle of the stream, not at an event boundary. */
  private static final class BrokenStream extends RuntimeException {
    BrokenStream(String message) {
      super(message, null, false, false);
    }
  }
}
