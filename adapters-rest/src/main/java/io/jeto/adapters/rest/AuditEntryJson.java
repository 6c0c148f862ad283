package io.jeto.adapters.rest;

import io.jeto.domain.audit.AuditEntry;
import java.time.Instant;

/** One audit log entry. */
record AuditEntryJson(
    long id,
    Instant at,
    Long userId,
    String userName,
    String keyName,
    String action,
    String objectType,
    Long objectId,
    String objectName,
    String address,
    String details,
    String outcome) {

  static AuditEntryJson fromDomainModel(AuditEntry entry) {
    return new AuditEntryJson(
        entry.id(),
        entry.at(),
        entry.userId().orElse(null),
        entry.userName(),
        entry.keyName().orElse(null),
        entry.action(),
        entry.objectType(),
        entry.objectId().orElse(null),
        entry.objectName().orElse(null),
        entry.address().orElse(null),
        entry.details().orElse(null),
        entry.outcome());
  }
}
