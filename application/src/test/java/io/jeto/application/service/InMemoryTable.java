package io.jeto.application.service;

import io.jeto.domain.port.NameTakenException;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Rows kept by identifier, handed out from 1 as the real store does; shared by every fake. */
final class InMemoryTable<T> {

  private static final long NO_ROW = 0;

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

  /** The rows that match, by identifier. */
  List<T> where(Predicate<T> condition) {
    return rows.values().stream().filter(condition).toList();
  }

  /** Changes a row in place; the changed row, empty if there is no such row. */
  Optional<T> replace(long id, UnaryOperator<T> change) {
    return Optional.ofNullable(rows.computeIfPresent(id, (key, row) -> change.apply(row)));
  }

  /**
   * Replaces a row by a new version whose name no other row holds, as an update of the real store
   * does; empty if there is no such row.
   */
  Optional<T> replaceNamed(long id, T row, String field, Function<T, String> nameOf) {
    if (!rows.containsKey(id)) {
      return Optional.empty();
    }
    requireUniqueName(field, nameOf.apply(row), nameOf, id);
    rows.put(id, row);
    return Optional.of(row);
  }

  boolean remove(long id) {
    return rows.remove(id) != null;
  }

  void removeIf(Predicate<T> condition) {
    rows.values().removeIf(condition);
  }

  /** Refuses a name already held by a row, as the real store's unique index does. */
  void requireUniqueName(String field, String name, Function<T, String> nameOf) {
    requireUniqueName(field, name, nameOf, NO_ROW);
  }

  private void requireUniqueName(
      String field, String name, Function<T, String> nameOf, long exceptId) {
    boolean taken =
        rows.entrySet().stream()
            .filter(entry -> entry.getKey() != exceptId)
            .map(entry -> nameOf.apply(entry.getValue()))
            .anyMatch(name::equals);
    if (taken) {
      throw new NameTakenException(field, name);
    }
  }
}
