// Follows one Jeto command console over SSE and checks that numbered lines arrive exactly once,
// in order. Run with the JDK's source launcher, no build needed:
//
//   java bench/ConsoleFollower.java --url http://127.0.0.1:PORT/api/instances/1/commands/2/console
// \
//        --key KEY --expect 1000000 --prefix 'bench line ' [--timeout-seconds 900] [--strict]
//        [--max-lines-per-s R]   (a deliberately slow client)
//
// Prints one summary block (key: value lines) on stdout. Exit 0 when the stream ended with an
// `end` event (and, with --strict, nothing was missing, duplicated or out of order), 1 otherwise,
// 2 on bad arguments. Loopback only: it refuses any other host.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class ConsoleFollower {

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    String url = options.get("url");
    String key = options.get("key");
    if (url == null || key == null || !options.containsKey("expect")) {
      System.err.println(
          "usage: --url URL --key KEY --expect N [--prefix P] [--timeout-seconds S] [--strict]"
              + " [--max-lines-per-s R]");
      System.exit(2);
    }
    int expect = Integer.parseInt(options.get("expect"));
    String prefix = options.getOrDefault("prefix", "bench line ");
    long timeoutNanos =
        Long.parseLong(options.getOrDefault("timeout-seconds", "900")) * 1_000_000_000L;
    boolean strict = options.containsKey("strict");
    // Simulates a slow client: at most this many lines per second (0: as fast as it can).
    long rate = Long.parseLong(options.getOrDefault("max-lines-per-s", "0"));
    URI uri = URI.create(url);
    if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
      System.err.println("refusing a non-loopback host: " + uri.getHost());
      System.exit(2);
    }

    BitSet seen = new BitSet(expect + 1);
    long received = 0;
    long duplicates = 0;
    long outOfOrder = 0;
    long otherLines = 0;
    long lastNumber = 0;
    long lastEventId = 0;
    long eventIdRegressions = 0;
    long eventIdJumps = 0;
    List<String> jetoLines = new ArrayList<>();
    List<String> markers = new ArrayList<>();
    // Line events without an id: notices the service adds to this stream only, such as the one
    // that says lines were dropped while this client followed.
    List<String> notices = new ArrayList<>();
    long noticeCount = 0;
    String end = null;
    long firstLineNanos = -1;

    long start = System.nanoTime();
    HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
    connection.setConnectTimeout(10_000);
    connection.setReadTimeout(60_000);
    connection.setRequestProperty("X-JETO-KEY", key);
    connection.setRequestProperty("Accept", "text/event-stream");
    int status = connection.getResponseCode();
    if (status != 200) {
      System.out.println("http_status: " + status);
      System.exit(1);
    }
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
      String name = "message";
      long id = 0;
      boolean hasId = false;
      String data = null;
      String line;
      while ((line = reader.readLine()) != null) {
        if (System.nanoTime() - start > timeoutNanos) {
          System.out.println("timed_out: true");
          break;
        }
        if (line.isEmpty()) {
          if (data != null) {
            if (name.equals("end")) {
              end = data;
              break;
            }
            if (name.equals("line") && !hasId) {
              noticeCount++;
              if (notices.size() < 10) {
                notices.add("after id " + lastEventId + ": " + text(data));
              }
            } else if (name.equals("line")) {
              if (firstLineNanos < 0) {
                firstLineNanos = System.nanoTime() - start;
              }
              if (rate > 0 && (received + otherLines) % 1000 == 0) {
                long due = firstLineNanos + (received + otherLines) * 1_000_000_000L / rate;
                long wait = due - (System.nanoTime() - start);
                if (wait > 0) {
                  Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
              }
              if (id <= lastEventId) {
                eventIdRegressions++;
              } else if (id != lastEventId + 1 && lastEventId != 0) {
                eventIdJumps++;
              }
              lastEventId = Math.max(lastEventId, id);
              String text = text(data);
              if (text.startsWith(prefix)) {
                long number = parse(text.substring(prefix.length()));
                if (number < 1 || number > expect) {
                  otherLines++;
                } else {
                  received++;
                  if (seen.get((int) number)) {
                    duplicates++;
                  } else {
                    seen.set((int) number);
                    if (number < lastNumber) {
                      outOfOrder++;
                    }
                  }
                  lastNumber = Math.max(lastNumber, number);
                }
              } else {
                otherLines++;
                if (text.contains("bytes of output dropped")) {
                  markers.add("id " + id + ": " + text);
                } else if (text.startsWith("[jeto]") && jetoLines.size() < 20) {
                  jetoLines.add(text);
                }
              }
            }
          }
          name = "message";
          data = null;
          hasId = false;
        } else if (line.startsWith("data: ")) {
          data = data == null ? line.substring(6) : data + line.substring(6);
        } else if (line.startsWith("id: ")) {
          id = Long.parseLong(line.substring(4).strip());
          hasId = true;
        } else if (line.startsWith("event: ")) {
          name = line.substring(7);
        }
      }
    } finally {
      connection.disconnect();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long distinct = seen.cardinality();
    long missing = expect - distinct;

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("expected_lines", expect);
    out.put("lines_received", received);
    out.put("distinct_lines", distinct);
    out.put("missing", missing);
    out.put("duplicates", duplicates);
    out.put("out_of_order", outOfOrder);
    out.put("other_lines", otherLines);
    out.put("event_id_regressions", eventIdRegressions);
    out.put("event_id_jumps", eventIdJumps);
    out.put("last_event_id", lastEventId);
    out.put(
        "first_line_after_s",
        firstLineNanos < 0 ? "n/a" : String.format("%.3f", firstLineNanos / 1e9));
    out.put("wall_s", String.format("%.3f", seconds));
    out.put("lines_per_s", String.format("%.0f", received / seconds));
    out.put("missing_ranges", ranges(seen, expect, 8));
    out.put("dropped_markers_seen", markers.isEmpty() ? "none" : String.join(" | ", markers));
    out.put(
        "id_less_notices",
        noticeCount + (notices.isEmpty() ? "" : ": " + String.join(" | ", notices)));
    out.put("jeto_lines", String.join(" | ", jetoLines));
    out.put("end_event", end == null ? "none (stream stopped early)" : end);
    out.forEach((k, v) -> System.out.println(k + ": " + v));

    boolean ok = end != null && (!strict || (missing == 0 && duplicates == 0 && outOfOrder == 0));
    System.exit(ok ? 0 : 1);
  }

  /** The "text" member of {"stream":"...","text":"..."}, unescaping what JSON escapes. */
  static String text(String json) {
    int at = json.indexOf("\"text\":\"");
    if (at < 0) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (int i = at + 8; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        break;
      }
      if (c == '\\' && i + 1 < json.length()) {
        char n = json.charAt(++i);
        switch (n) {
          case 'n' -> text.append('\n');
          case 't' -> text.append('\t');
          case 'r' -> text.append('\r');
          case 'u' -> {
            text.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> text.append(n);
        }
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  static long parse(String digits) {
    try {
      return Long.parseLong(digits.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The first few ranges of numbers never seen, as a-b. */
  static String ranges(BitSet seen, int expect, int max) {
    List<String> ranges = new ArrayList<>();
    int from = seen.nextClearBit(1);
    int count = 0;
    while (from <= expect) {
      int to =
          Math.min(seen.nextSetBit(from) < 0 ? expect + 1 : seen.nextSetBit(from), expect + 1) - 1;
      count++;
      if (ranges.size() < max) {
        ranges.add(
            from == to ? Integer.toString(from) : from + "-" + to + " (" + (to - from + 1) + ")");
      }
      from = seen.nextClearBit(to + 1);
    }
    return count == 0
        ? "none"
        : count + " range(s): " + String.join(", ", ranges) + (count > max ? ", ..." : "");
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        continue;
      }
      String name = args[i].substring(2);
      if (name.equals("strict")) {
        options.put(name, "true");
      } else if (i + 1 < args.length) {
        options.put(name, args[++i]);
      }
    }
    return options;
  }
}
