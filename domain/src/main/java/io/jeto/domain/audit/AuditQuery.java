package io.jeto.domain.audit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Which audit entries to read: newest first, before a cursor, with optional filters.
 *
 * @param userId only entries by this user
 * @param objectType only entries about this kind of object
 * @param objectId only entries about this object (with {@code objectType})
 * @param action only entries of this action
 * @param beforeId only entries older than this one, for the next page
 * @param limit at most this many
 */
public record AuditQuery(
    Optional<Long> userId,
    Optional<String> objectType,
    Optional<Long> objectId,
    Optional<String> action,
    Optional<Long> beforeId,
    int limit) {

  public AuditQuery {
    requireNonNull(userId, "'userId' must not be null");
    requireNonNull(objectType, "'objectType' must not be null");
    requireNonNull(objectId, "'objectId' must not be null");
    requireNonNull(action, "'action' must not be null");
    requireNonNull(beforeId, "'beforeId' must not be null");
    if (limit < 1) {
      throw new IllegalArgumentException("'limit' must be positive");
    }
  }
}
