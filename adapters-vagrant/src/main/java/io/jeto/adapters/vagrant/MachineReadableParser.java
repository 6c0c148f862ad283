package io.jeto.adapters.vagrant;

import static java.util.Map.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Splits {@code vagrant --machine-readable} output into records and undoes Vagrant's escapes.
 *
 * <p>Vagrant escapes the data fields but never the target, so a machine named {@code comma,name}
 * adds a field and a machine name with a newline splits its records over two lines. Three rules,
 * tried in turn, find where the target ends:
 *
 * <ol>
 *   <li>A {@code metadata} record whose data is {@code provider} and a provider name ends in
 *       exactly those three fields, so everything before them is its target. Vagrant writes one for
 *       each machine before anything else, and the parser learns the machine names from them.
 *   <li>A record that starts with learnt names and a comma belongs to the longest of them after
 *       which a known record type follows with its fixed number of data fields.
 *   <li>Otherwise the type is the leftmost known one followed by its number of data fields; failing
 *       that, the field after the longest learnt name, or else the second field.
 * </ol>
 *
 * <p>A line continues the record above while that record has no type yet or no known type, or when
 * the joined text gives a known type: data fields never hold a raw newline. Other text, such as the
 * raw output that {@code ssh -c} passes through, is skipped.
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
    Names names = new Names();
    List<MachineReadableRecord> records = new ArrayList<>();
    String pending = null;
    for (String line : physicalLines(output)) {
      if (pending != null && continues(pending, line, names)) {
        pending = pending + "\n" + line;
        continue;
      }
      if (pending != null) {
        toRecord(pending, names).ifPresent(records::add);
      }
      pending = startsRecord(line) ? line : null;
    }
    if (pending != null) {
      toRecord(pending, names).ifPresent(records::add);
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

  private static boolean continues(String pending, String line, Names names) {
    List<String> fields = fieldsAfterTimestamp(pending);
    if (fields.size() < 2) {
      return true;
    }
    if (startsRecord(line)) {
      return false;
    }
    return knownTypeIndex(fields, names).isEmpty()
        || knownTypeIndex(fieldsAfterTimestamp(pending + "\n" + line), names).isPresent();
  }

  private static Optional<MachineReadableRecord> toRecord(String text, Names names) {
    List<String> fields = fieldsAfterTimestamp(text);
    if (fields.size() < 2) {
      return Optional.empty();
    }
    int typeIndex =
        knownTypeIndex(fields, names).orElseGet(() -> names.longestStarting(fields).orElse(1));
    Instant timestamp = Instant.ofEpochSecond(Long.parseLong(text.substring(0, text.indexOf(','))));
    String target = String.join(",", fields.subList(0, typeIndex));
    List<String> data =
        fields.subList(typeIndex + 1, fields.size()).stream()
            .map(MachineReadableParser::unescape)
            .toList();
    MachineReadableRecord record =
        new MachineReadableRecord(timestamp, target, fields.get(typeIndex), data);
    if (isProviderMetadata(fields, typeIndex)) {
      names.learn(target);
    }
    return Optional.of(record);
  }

  private static List<String> fieldsAfterTimestamp(String text) {
    return Arrays.asList(text.substring(text.indexOf(',') + 1).split(",", -1));
  }

  // Where the type is when one of the three rules finds it; empty when none does.
  private static OptionalInt knownTypeIndex(List<String> fields, Names names) {
    int metadata = fields.size() - 3;
    if (metadata >= 1 && isProviderMetadata(fields, metadata)) {
      return OptionalInt.of(metadata);
    }
    OptionalInt named = names.longestFitting(fields);
    if (named.isPresent()) {
      return named;
    }
    // The leftmost match wins, so a plain name is never stretched over a field that only looks
    // like a type.
    for (int index = 1; index < fields.size(); index++) {
      if (fits(fields, index)) {
        return OptionalInt.of(index);
      }
    }
    return OptionalInt.empty();
  }

  private static boolean isProviderMetadata(List<String> fields, int typeIndex) {
    return fields.size() - typeIndex == 3
        && fields.get(typeIndex).equals("metadata")
        && fields.get(typeIndex + 1).equals("provider")
        && !fields.get(typeIndex + 2).contains("\n");
  }

  // A known type at that place, followed by exactly its number of data fields, none of which
  // holds a raw newline.
  private static boolean fits(List<String> fields, int typeIndex) {
    Integer dataFields = DATA_FIELDS.get(fields.get(typeIndex));
    return dataFields != null
        && fields.size() - typeIndex - 1 == dataFields
        && fields.subList(typeIndex, fields.size()).stream().noneMatch(f -> f.contains("\n"));
  }

  /** The machine names learnt from one output's provider metadata, each split at its commas. */
  private static final class Names {

    private final Set<List<String>> known = new HashSet<>();

    void learn(String name) {
      if (!name.isEmpty()) {
        known.add(List.of(name.split(",", -1)));
      }
    }

    /** Where the type is after the longest known name that the fields start with and that fits. */
    OptionalInt longestFitting(List<String> fields) {
      return starting(fields).filter(index -> fits(fields, index)).max();
    }

    /** Where the type is after the longest known name that the fields start with. */
    OptionalInt longestStarting(List<String> fields) {
      return starting(fields).max();
    }

    private IntStream starting(List<String> fields) {
      return known.stream()
          .filter(name -> name.size() < fields.size())
          .filter(name -> fields.subList(0, name.size()).equals(name))
          .mapToInt(List::size);
    }
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
