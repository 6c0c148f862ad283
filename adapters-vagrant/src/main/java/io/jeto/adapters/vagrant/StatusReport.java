package io.jeto.adapters.vagrant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the records of {@code vagrant status --machine-readable} say: machines, or Vagrant's error.
 *
 * @param machines the machines in Vagrantfile order, each once
 * @param error the message of Vagrant's {@code error-exit} record, empty when there is none
 */
record StatusReport(List<ReportedMachine> machines, Optional<String> error) {

  private static final String METADATA_PROVIDER = "metadata-provider";

  StatusReport {
    machines = List.copyOf(machines);
  }

  static StatusReport of(List<MachineReadableRecord> records) {
    Optional<String> error =
        records.stream()
            .filter(record -> record.type().equals("error-exit"))
            .map(record -> record.field(1).strip())
            .findFirst();
    if (error.isPresent()) {
      return new StatusReport(List.of(), error);
    }
    return new StatusReport(machines(records), Optional.empty());
  }

  // Vagrant lists every machine's metadata first, in Vagrantfile order, and may list it twice
  // (status by global id): the first sighting of a name fixes its place.
  private static List<ReportedMachine> machines(List<MachineReadableRecord> records) {
    Map<String, Map<String, String>> fieldsByName = new LinkedHashMap<>();
    for (MachineReadableRecord record : records) {
      fieldOf(record)
          .ifPresent(
              field ->
                  fieldsByName
                      .computeIfAbsent(record.target(), name -> new HashMap<>())
                      .put(field.name(), field.value()));
    }
    List<ReportedMachine> machines = new ArrayList<>();
    fieldsByName.forEach(
        (name, fields) -> {
          String state = fields.get("state");
          if (state != null) {
            String provider =
                fields.getOrDefault("provider-name", fields.getOrDefault(METADATA_PROVIDER, ""));
            String status = fields.getOrDefault("state-human-short", state);
            machines.add(new ReportedMachine(name, provider, state, status));
          }
        });
    return machines;
  }

  private static Optional<Field> fieldOf(MachineReadableRecord record) {
    if (record.target().isEmpty()) {
      return Optional.empty();
    }
    return switch (record.type()) {
      case "metadata" ->
          record.field(0).equals("provider")
              ? Optional.of(new Field(METADATA_PROVIDER, record.field(1)))
              : Optional.empty();
      case "provider-name", "state", "state-human-short" ->
          Optional.of(new Field(record.type(), record.field(0)));
      default -> Optional.empty();
    };
  }

  private record Field(String name, String value) {}
}
