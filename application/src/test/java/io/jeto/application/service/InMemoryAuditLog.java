package io.jeto.application.service;

import io.jeto.domain.audit.AuditEntry;
import io.jeto.domain.audit.AuditQuery;
import io.jeto.domain.port.AuditLog;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Test double: the audit log in memory. It gives each entry the next identifier and keeps the
 * entry's time as given, which is the audit trail's own clock.
 */
final class InMemoryAuditLog implements AuditLog {

  private final InMemoryTable<AuditEntry> table = new InMemoryTable<>();

  @Override
  public AuditEntry append(AuditEntry entry) {
    return table.insert(
        id ->
            new AuditEntry(
                id,
                entry.at(),
                entry.userId(),
                entry.userName(),
                entry.keyName(),
                entry.action(),
                entry.objectType(),
                entry.objectId(),
                entry.objectName(),
                entry.address(),
                entry.details(),
                entry.outcome()));
  }

  @Override
  public List<AuditEntry> find(AuditQuery query) {
    return table
        .where(
            entry ->
                matches(query.userId(), entry.userId())
                    && matches(query.objectType(), Optional.of(entry.objectType()))
                    && matches(query.objectId(), entry.objectId())
                    && matches(query.action(), Optional.of(entry.action()))
                    && query.beforeId().map(before -> entry.id() < before).orElse(true))
        .stream()
        .sorted(Comparator.comparingLong(AuditEntry::id).reversed())
        .limit(query.limit())
        .toList();
  }

  /** Every entry, oldest first. */
  List<AuditEntry> all() {
    return table.all();
  }

  private static <T> boolean matches(Optional<T> wanted, Optional<T> actual) {
    return wanted.map(value -> actual.equals(Optional.of(value))).orElse(true);
  }
}
