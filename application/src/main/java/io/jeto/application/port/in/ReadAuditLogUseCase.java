package io.jeto.application.port.in;

import io.jeto.domain.audit.AuditEntry;
import io.jeto.domain.audit.AuditQuery;
import java.util.List;

/** Use case: read who did what; administrators see all, others what is about what they see. */
public interface ReadAuditLogUseCase {

  /** Newest first, at most {@code query.limit()} entries. */
  List<AuditEntry> readAuditLog(Caller caller, AuditQuery query);
}
