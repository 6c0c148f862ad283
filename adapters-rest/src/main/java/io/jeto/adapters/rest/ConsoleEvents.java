package io.jeto.adapters.rest;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ConsolePage;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.application.port.in.ReadCommandsUseCase;
import io.jeto.domain.command.CommandAction;
import io.jeto.domain.command.ConsoleLine;
import io.jeto.domain.command.ConsoleStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Streams a command's console as server-sent events: one {@code line} event per line with its
 * id, live until the command ends, then one {@code end} event with the final state.
 *
 * <p>Every line is read from the store, never from memory, so that a client reconnecting with
 * {@code Last-Event-ID} resumes exactly after the last line it received.
 */
final class ConsoleEvents {

  private static final System.Logger LOG = System.getLogger(ConsoleEvents.class.getName());
  private static final int PAGE_LINES = 1_000;

  /** The longest a missed wake-up can delay a line: the store is read again after it. */
  private static final Duration POLL = Duration.ofSeconds(1);

  private static final long KEEPALIVE_NANOS = Duration.ofSeconds(15).toNanos();

  private final ApiContext api;
  private final ReadCommandsUseCase readCommands;

  ConsoleEvents(ApiContext api, ReadCommandsUseCase readCommands) {
    this.api = api;
    this.readCommands = readCommands;
  }

  void stream(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "instance");
    long commandId = PathIds.id(request, "cid", "command");
    long lastId = lastEventId(request);
    // Checked before the stream starts, so that a refusal is still a problem+json answer.
    ConsolePage page = readCommands.readConsole(caller, id, commandId, lastId, PAGE_LINES);

    response.header(HeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8");
    response.header(HeaderNames.CACHE_CONTROL, "no-cache");
    try (OutputStream out = response.outputStream()) {
      long lastWrite = System.nanoTime();
      // The stored marker already says where lines went; no second notice right after it.
      boolean afterMarker = false;
      while (!page.isComplete()) {
        for (ConsoleLine line : page.lines()) {
          if (line.id() > lastId + 1 && lastId > 0 && !afterMarker) {
            out.write(gapEvent(lastId, line.id()));
          }
          out.write(lineEvent(line));
          lastId = line.id();
          afterMarker = line.stream() == ConsoleStream.JETO && line.text().contains(" dropped");
        }
        if (!page.lines().isEmpty()) {
          out.flush();
          lastWrite = System.nanoTime();
        } else {
          readCommands.awaitConsole(commandId, POLL);
          // A comment now and then shows a silent command is still followed, and finds a
          // client that went away.
          if (System.nanoTime() - lastWrite > KEEPALIVE_NANOS) {
            out.write(":\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            lastWrite = System.nanoTime();
          }
        }
        Optional<ConsolePage> next = nextPage(caller, id, commandId, lastId, page);
        if (next.isEmpty()) {
          // A delete that succeeded took the instance, and this command, with it.
          out.write(endEvent(page.command().action().wireName(), "succeeded", null));
          out.flush();
          return;
        }
        page = next.get();
      }
      out.write(endEvent(page));
      out.flush();
    } catch (IOException | UncheckedIOException e) {
      // The client went away; it may come back with Last-Event-ID.
      LOG.log(Level.DEBUG, "console stream of command " + commandId + " closed: " + e);
    }
  }

  private byte[] lineEvent(ConsoleLine line) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("stream", line.stream().wireName());
    data.put("text", line.text());
    return event(line.id(), "line", api.json(data));
  }

  // Ids are consecutive but for lines the console cap dropped before this client read them;
  // the stored marker lies behind the client's position, so it is told here instead. No id, so
  // that a reconnect still resumes after the last real line.
  private byte[] gapEvent(long lastId, long nextId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("stream", "jeto");
    data.put(
        "text",
        "[jeto] " + (nextId - lastId - 1) + " lines dropped here (console limit) while following");
    return ("event: line\ndata: " + api.json(data) + "\n\n").getBytes(StandardCharsets.UTF_8);
  }

  private Optional<ConsolePage> nextPage(
      Caller caller, long id, long commandId, long lastId, ConsolePage previous) {
    try {
      return Optional.of(readCommands.readConsole(caller, id, commandId, lastId, PAGE_LINES));
    } catch (NotFoundException e) {
      if (previous.command().action() == CommandAction.DELETE) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private byte[] endEvent(ConsolePage page) {
    return endEvent(
        page.command().action().wireName(),
        page.command().state().wireName(),
        page.command().exitCode().orElse(null));
  }

  private byte[] endEvent(String action, String state, Integer exitCode) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("state", state);
    data.put("exit_code", exitCode);
    if (action.equals(CommandAction.DELETE.wireName()) && state.equals("succeeded")) {
      data.put("instance_deleted", true);
    }
    return ("event: end\ndata: " + api.json(data) + "\n\n").getBytes(StandardCharsets.UTF_8);
  }

  // JSON in the data field keeps CR, LF and every other character of a line out of the framing.
  private static byte[] event(long id, String name, String json) {
    return ("id: " + id + "\nevent: " + name + "\ndata: " + json + "\n\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static long lastEventId(ServerRequest request) {
    String raw =
        request
            .headers()
            .first(HeaderNames.create("Last-Event-ID"))
            .orElseGet(() -> request.query().first("after").orElse("0"));
    try {
      return Math.max(0, Long.parseLong(raw.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
