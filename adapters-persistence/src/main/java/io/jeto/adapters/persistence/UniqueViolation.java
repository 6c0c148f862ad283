package io.jeto.adapters.persistence;

import java.sql.SQLException;
import java.util.Locale;

/** Tells whether a failed statement broke one named unique constraint of the schema. */
final class UniqueViolation {

  /** The SQL standard's state for a unique violation, which H2 reports too. */
  private static final String UNIQUE_VIOLATION_STATE = "23505";

  private UniqueViolation() {}

  /**
   * Whether the failure, or one of its causes, is a unique violation of the constraint.
   *
   * <p>H2 names the broken constraint only in the message, as a schema-qualified upper-case name.
   */
  static boolean of(Throwable failure, String constraint) {
    String qualified = "." + constraint.toUpperCase(Locale.ROOT) + " ";
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && UNIQUE_VIOLATION_STATE.equals(sql.getSQLState())
          && sql.getMessage().contains(qualified)) {
        return true;
      }
    }
    return false;
  }
}
