package io.jeto.domain.instance;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an environment's {@code jeto.json} declares, as plain Java values.
 *
 * <p>Values are maps, lists, strings, numbers, booleans or null, in the order of the file.
 *
 * @param values the top-level members of the file; empty when there is no file
 * @param error why the file could not be read, empty when it was read or is absent
 */
public record JetoInfos(Map<String, Object> values, Optional<String> error) {

  public JetoInfos {
    requireNonNull(values, "'values' must not be null");
    requireNonNull(error, "'error' must not be null");
    // A copy that keeps the file's order and tolerates JSON nulls, which Map.copyOf refuses.
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static JetoInfos none() {
    return new JetoInfos(Map.of(), Optional.empty());
  }

  public static JetoInfos unreadable(String error) {
    return new JetoInfos(Map.of(), Optional.of(error));
  }
}
