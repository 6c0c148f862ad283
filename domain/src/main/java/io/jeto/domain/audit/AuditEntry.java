package io.jeto.domain.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the append-only record of who changed what, and how it ended.
 *
 * @param id increasing, newest highest
 * @param at when it happened
 * @param userId the user who did it, empty for the service itself
 * @param userName that user's name at the time
 * @param keyName the name of the key used
 * @param action what was done, such as {@code create}, {@code delete} or a command's action
 * @param objectType what kind of object, such as {@code instance} or {@code host}
 * @param objectId the object's identifier, when it has one
 * @param objectName the object's name at the time
 * @param address the client's address
 * @param details the request with every secret replaced, as JSON text
 * @param outcome how it ended, such as {@code succeeded}, {@code refused} or {@code failed (3)}
 */
public record AuditEntry(
    long id,
    Instant at,
    Optional<Long> userId,
    String userName,
    Optional<String> keyName,
    String action,
    String objectType,
    Optional<Long> objectId,
    Optional<String> objectName,
    Optional<String> address,
    Optional<String> details,
    String outcome) {

  public AuditEntry {
    requireNonNull(at, "'at' must not be null");
    requireNonNull(userId, "'userId' must not be null");
    requireNonNull(userName, "'userName' must not be null");
    requireNonNull(keyName, "'keyName' must not be null");
    requireNonNull(action, "'action' must not be null");
    requireNonNull(objectType, "'objectType' must not be null");
    requireNonNull(objectId, "'objectId' must not be null");
    requireNonNull(objectName, "'objectName' must not be null");
    requireNonNull(address, "'address' must not be null");
    requireNonNull(details, "'details' must not be null");
    requireNonNull(outcome, "'outcome' must not be null");
  }
}
