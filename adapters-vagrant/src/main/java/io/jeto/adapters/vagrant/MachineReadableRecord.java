package io.jeto.adapters.vagrant;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * One record of {@code vagrant --machine-readable} output, with its data fields unescaped.
 *
 * @param timestamp when Vagrant wrote the record, to the second
 * @param target the machine the record is about, empty for records about no machine
 * @param type what the record says, such as {@code state} or {@code error-exit}
 * @param data the record's fields after its type
 */
public record MachineReadableRecord(
    Instant timestamp, String target, String type, List<String> data) {

  public MachineReadableRecord {
    requireNonNull(timestamp, "'timestamp' must not be null");
    requireNonNull(target, "'target' must not be null");
    requireNonNull(type, "'type' must not be null");
    data = List.copyOf(requireNonNull(data, "'data' must not be null"));
  }

  /** The data field at that position, or an empty string when the record has fewer fields. */
  public String field(int index) {
    return index >= 0 && index < data.size() ? data.get(index) : "";
  }
}
