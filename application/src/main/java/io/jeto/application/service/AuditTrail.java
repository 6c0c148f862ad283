package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.domain.audit.AuditEntry;
import io.jeto.domain.port.AuditLog;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Writes what callers changed into the audit log, with the request's secrets already replaced
 * by whoever describes it.
 */
final class AuditTrail {

  static final String SUCCEEDED = "succeeded";

  private final AuditLog log;
  private final Clock clock;

  AuditTrail(AuditLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  /** One change by a caller; {@code details} must hold no secret. */
  void record(
      Caller caller,
      String action,
      String objectType,
      Optional<Long> objectId,
      Optional<String> objectName,
      Map<String, ?> details,
      String outcome) {
    log.append(
        new AuditEntry(
            0,
            clock.instant(),
            Optional.of(caller.user().id()),
            caller.user().name(),
            Optional.of(caller.key().name()),
            action,
            objectType,
            objectId,
            objectName,
            caller.address(),
            details.isEmpty() ? Optional.empty() : Optional.of(AuditJson.write(details)),
            outcome));
  }

  /** How a command ended, recorded by the service itself once the process is done. */
  void commandEnded(
      String requestedBy, String action, long instanceId, Map<String, ?> details, String outcome) {
    log.append(
        new AuditEntry(
            0,
            clock.instant(),
            Optional.empty(),
            requestedBy,
            Optional.empty(),
            action,
            "instance",
            Optional.of(instanceId),
            Optional.empty(),
            Optional.empty(),
            Optional.of(AuditJson.write(details)),
            outcome));
  }
}
