package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ReadAuditLogUseCase;
import io.jeto.domain.access.Action;
import io.jeto.domain.audit.AuditEntry;
import io.jeto.domain.audit.AuditQuery;
import io.jeto.domain.port.AuditLog;
import io.jeto.domain.port.InstanceRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the audit log. Administrators read everything; others read the entries about the
 * instances they may see and about their own doings.
 */
public final class ReadAuditLogService implements ReadAuditLogUseCase {

  private static final int SCAN_LIMIT = 10_000;

  private final AuditLog log;
  private final InstanceRepository instances;
  private final AccessPolicy policy;

  ReadAuditLogService(AuditLog log, InstanceRepository instances, AccessPolicy policy) {
    this.log = log;
    this.instances = instances;
    this.policy = policy;
  }

  @Override
  public List<AuditEntry> readAuditLog(Caller caller, AuditQuery query) {
    CallerPermissions permissions = policy.permissionsOf(caller);
    if (permissions.isAdministrator()) {
      return log.find(query);
    }
    // Filtered after reading, in pages, so that the cursor stays the store's own.
    List<AuditEntry> visible = new ArrayList<>();
    Optional<Long> before = query.beforeId();
    int scanned = 0;
    while (visible.size() < query.limit() && scanned < SCAN_LIMIT) {
      AuditQuery page =
          new AuditQuery(
              query.userId(),
              query.objectType(),
              query.objectId(),
              query.action(),
              before,
              query.limit());
      List<AuditEntry> entries = log.find(page);
      if (entries.isEmpty()) {
        break;
      }
      for (AuditEntry entry : entries) {
        if (visible.size() < query.limit() && mayRead(caller, permissions, entry)) {
          visible.add(entry);
        }
      }
      scanned += entries.size();
      before = Optional.of(entries.getLast().id());
    }
    return visible;
  }

  private boolean mayRead(Caller caller, CallerPermissions permissions, AuditEntry entry) {
    if (entry.userId().equals(Optional.of(caller.user().id()))) {
      return true;
    }
    return entry.objectType().equals("instance")
        && entry
            .objectId()
            .flatMap(instances::findById)
            .map(instance -> permissions.allows(Action.VIEW, instance))
            .orElse(false);
  }
}
