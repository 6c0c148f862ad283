package io.jeto.adapters.vagrant;

import static java.util.Map.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Splits {@code vagrant --machine-readable} output into records and undoes Vagrant's escapes.
 *
 * <p>Vagrant escapes the data fields but never the target, so a machine named {@code comma,name}
 * adds a field and a machine name with a newline splits its records over two lines. Two rules
 * undo that. For the record types below, whose number of data fields is fixed, the type is found
 * from the right and every field before it belongs to the target. A line continues the record
 * above while that record has no type yet or no known type, or when the joined text gives a known
 * type: data fields never hold a raw newline. Other text, such as the raw output that {@code ssh
 * -c} passes through, is skipped.
 */
public final class MachineReadableParser {

  private static final Map<String, Integer> DATA_FIELDS =
      Map.ofEntries(
          entry("metadata", 2),
          entry("provider-name", 1),
          entry("state", 1),
          entry("state-human-short", 1),
          entry("state-human-long", 1),
          entry("ui", 2),
          entry("error-exit", 2),
          entry("action", 2),
          entry("machine-id", 1),
          entry("machine-home", 1));
  private static final Pattern RECORD_START = Pattern.compile("\\d{1,18},");
  private static final String ESCAPED_COMMA = "%!(VAGRANT_COMMA)";

  public List<MachineReadableRecord> parse(String output) {
    List<MachineReadableRecord> records = new ArrayList<>();
    String pending = null;
    for (String line : physicalLines(output)) {
      if (pending != null && continues(pending, line)) {
        pending = pending + "\n" + line;
        continue;
      }
      if (pending != null) {
        toRecord(pending).ifPresent(records::add);
      }
      pending = startsRecord(line) ? line : null;
    }
    if (pending != null) {
      toRecord(pending).ifPresent(records::add);
    }
    return List.copyOf(records);
  }

  // Lines end at LF only: a CR before it comes from a terminal, any other CR is data.
  private static List<String> physicalLines(String output) {
    List<String> lines = new ArrayList<>(Arrays.asList(output.split("\n", -1)));
    if (lines.getLast().isEmpty()) {
      lines.removeLast();
    }
    lines.replaceAll(line -> line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    return lines;
  }

  private static boolean startsRecord(String line) {
    return RECORD_START.matcher(line).lookingAt();
  }

  private static boolean continues(String pending, String line) {
    List<String> fields = fieldsAfterTimestamp(pending);
    if (fields.size() < 2) {
      return true;
    }
    if (startsRecord(line)) {
      return false;
    }
    return knownTypeIndex(fields).isEmpty()
        || knownTypeIndex(fieldsAfterTimestamp(pending + "\n" + line)).isPresent();
  }

  private static Optional<MachineReadableRecord> toRecord(String text) {
    List<String> fields = fieldsAfterTimestamp(text);
    if (fields.size() < 2) {
      return Optional.empty();
    }
    int typeIndex = knownTypeIndex(fields).orElse(1);
    Instant timestamp = Instant.ofEpochSecond(Long.parseLong(text.substring(0, text.indexOf(','))));
    String target = String.join(",", fields.subList(0, typeIndex));
    List<String> data =
        fields.subList(typeIndex + 1, fields.size()).stream()
            .map(MachineReadableParser::unescape)
            .toList();
    return Optional.of(new MachineReadableRecord(timestamp, target, fields.get(typeIndex), data));
  }

  private static List<String> fieldsAfterTimestamp(String text) {
    return Arrays.asList(text.substring(text.indexOf(',') + 1).split(",", -1));
  }

  // The leftmost match wins, so a plain name is never stretched over a field that only looks
  // like a type.
  private static OptionalInt knownTypeIndex(List<String> fields) {
    for (int index = 1; index < fields.size(); index++) {
      Integer dataFields = DATA_FIELDS.get(fields.get(index));
      if (dataFields != null
          && fields.size() - index - 1 == dataFields
          && fields.subList(index, fields.size()).stream().noneMatch(f -> f.contains("\n"))) {
        return OptionalInt.of(index);
      }
    }
    return OptionalInt.empty();
  }

  // One pass, so that an unescaped result is never read a second time. Backslashes themselves
  // are not escaped by Vagrant: a literal "\n" in a machine's name reads as a newline here.
  private static String unescape(String field) {
    StringBuilder text = new StringBuilder(field.length());
    int index = 0;
    while (index < field.length()) {
      if (field.startsWith(ESCAPED_COMMA, index)) {
        text.append(',');
        index += ESCAPED_COMMA.length();
      } else if (field.startsWith("\\n", index)) {
        text.append('\n');
        index += 2;
      } else if (field.startsWith("\\r", index)) {
        text.append('\r');
        index += 2;
      } else {
        text.append(field.charAt(index));
        index++;
      }
    }
    return text.toString();
  }
}
