package io.jeto.application.service;

import io.jeto.domain.port.NameTakenException;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

/** Rows kept by identifier, handed out from 1 as the real store does; shared by every fake. */
final class InMemoryTable<T> {

  private final TreeMap<Long, T> rows = new TreeMap<>();
  private long lastId;

  T insert(LongFunction<T> rowWithId) {
    long id = ++lastId;
    T row = rowWithId.apply(id);
    rows.put(id, row);
    return row;
  }

  Optional<T> find(long id) {
    return Optional.ofNullable(rows.get(id));
  }

  /** Every row, by identifier. */
  List<T> all() {
    return List.copyOf(rows.values());
  }

  void replace(long id, UnaryOperator<T> change) {
    rows.computeIfPresent(id, (key, row) -> change.apply(row));
  }

  boolean remove(long id) {
    return rows.remove(id) != null;
  }

  /** Refuses a name already held by a row, as the real store's unique index does. */
  void requireUniqueName(String field, String name, Function<T, String> nameOf) {
    if (rows.values().stream().map(nameOf).anyMatch(name::equals)) {
      throw new NameTakenException(field, name);
    }
  }
}
