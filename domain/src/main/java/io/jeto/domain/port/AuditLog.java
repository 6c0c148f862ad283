package io.jeto.domain.port;

import io.jeto.domain.audit.AuditEntry;
import io.jeto.domain.audit.AuditQuery;
import java.util.List;

/** The append-only audit record: entries are added, never changed or removed. */
public interface AuditLog {

  /** Stores an entry as given, at the caller's {@code at}; its {@code id} comes from the store. */
  AuditEntry append(AuditEntry entry);

  /** Newest first. */
  List<AuditEntry> find(AuditQuery query);
}
