package io.jeto.application.service;

import io.jeto.domain.instance.JetoInfos;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The scripts a {@code jeto.json} declares: {@code scripts.<name>.command}, and nothing else. */
final class JetoScripts {

  private JetoScripts() {}

  /** Every declared script with a string command, by name. */
  static Map<String, String> declared(JetoInfos infos) {
    Map<String, String> scripts = new TreeMap<>();
    if (infos.values().get("scripts") instanceof Map<?, ?> entries) {
      entries.forEach(
          (name, script) -> {
            if (script instanceof Map<?, ?> fields
                && fields.get("command") instanceof String text) {
              scripts.put(String.valueOf(name), text);
            }
          });
    }
    return scripts;
  }

  static Optional<String> command(JetoInfos infos, String name) {
    return Optional.ofNullable(declared(infos).get(name));
  }

  /** The machine a script names with {@code scripts.<name>.machine}, if any. */
  static Optional<String> machine(JetoInfos infos, String name) {
    if (infos.values().get("scripts") instanceof Map<?, ?> entries
        && entries.get(name) instanceof Map<?, ?> fields
        && fields.get("machine") instanceof String machine) {
      return Optional.of(machine);
    }
    return Optional.empty();
  }
}
