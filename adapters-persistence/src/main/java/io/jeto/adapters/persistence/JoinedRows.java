package io.jeto.adapters.persistence;

import static java.util.function.Function.identity;
import static java.util.stream.Collectors.toMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/** Folds the rows of a one-to-many join, each mapped to a partial object, into whole objects. */
final class JoinedRows {

  private JoinedRows() {}

  /** Merges the rows that share an identifier, keeping the order in which each first appears. */
  static <T> List<T> merge(List<T> rows, Function<T, Long> id, BinaryOperator<T> merger) {
    return List.copyOf(
        rows.stream().collect(toMap(id, identity(), merger, LinkedHashMap::new)).values());
  }
}
