package io.jeto.adapters.persistence;

import io.jeto.domain.audit.AuditEntry;
import io.jeto.domain.audit.AuditQuery;
import java.time.Instant;
import java.util.Optional;

/** Audit entries and queries for tests, each optional part left out unless it is named. */
final class AuditFixtures {

  static final Instant AT = Instant.parse("2025-06-07T08:09:10.123456789Z");

  private AuditFixtures() {}

  /** An entry by a user about an object, with no key, name, address or details. */
  static AuditEntry entry(long userId, String action, String objectType, long objectId) {
    return new AuditEntry(
        0,
        AT,
        Optional.of(userId),
        "user-" + userId,
        Optional.empty(),
        action,
        objectType,
        Optional.of(objectId),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "succeeded");
  }

  /** The newest entries, up to the limit. */
  static AuditQuery latest(int limit) {
    return new AuditQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        limit);
  }
}
