package io.jeto.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.audit.AuditEntry;
import io.jeto.domain.audit.AuditQuery;
import io.jeto.domain.port.AuditLog;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Keeps the audit log in the audit_entry table, which this class only ever inserts into.
 * Identifiers follow the order of appends, so they order the log rather than the clock, which
 * may step back.
 *
 * <p>A query orders by the columns its filter fixes before the identifier, which is the same
 * order as by identifier alone, so that H2 reads the matching index in order and stops at the
 * limit instead of sorting every matching entry.
 */
public final class JdbiAuditLog implements AuditLog {

  private final Jdbi jdbi;

  public JdbiAuditLog(Jdbi jdbi) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
  }

  /** Stores the entry as it is, its time included; only the identifier is given here. */
  @Override
  public AuditEntry append(AuditEntry entry) {
    long id =
        jdbi.inTransaction(
            handle ->
                handle
                    .createUpdate(
                        "INSERT INTO audit_entry (at, user_id, user_name, key_name, action,"
                            + " object_type, object_id, object_name, address, details, outcome)"
                            + " VALUES (:at, :userId, :userName, :keyName, :action, :objectType,"
                            + " :objectId, :objectName, :address, :details, :outcome)")
                    .bind("at", Columns.utc(entry.at()))
                    .bindByType("userId", entry.userId().orElse(null), Long.class)
                    .bind("userName", entry.userName())
                    .bindByType("keyName", entry.keyName().orElse(null), String.class)
                    .bind("action", entry.action())
                    .bind("objectType", entry.objectType())
                    .bindByType("objectId", entry.objectId().orElse(null), Long.class)
                    .bindByType("objectName", entry.objectName().orElse(null), String.class)
                    .bindByType("address", entry.address().orElse(null), String.class)
                    .bindByType("details", entry.details().orElse(null), String.class)
                    .bind("outcome", entry.outcome())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
    return new AuditEntry(
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
        entry.outcome());
  }

  /** Newest first: by decreasing identifier. */
  @Override
  public List<AuditEntry> find(AuditQuery query) {
    List<String> conditions = new ArrayList<>();
    query.userId().ifPresent(userId -> conditions.add("user_id = :userId"));
    query.objectType().ifPresent(objectType -> conditions.add("object_type = :objectType"));
    query.objectId().ifPresent(objectId -> conditions.add("object_id = :objectId"));
    query.action().ifPresent(action -> conditions.add("action = :action"));
    query.beforeId().ifPresent(beforeId -> conditions.add("id < :beforeId"));
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    String sql =
        String.format(
            "SELECT %s FROM audit_entry%s ORDER BY %s LIMIT :limit",
            AuditEntryMapper.COLUMNS, where, order(query));
    return jdbi.withHandle(
        handle -> {
          Query select = handle.createQuery(sql).bind("limit", query.limit());
          query.userId().ifPresent(userId -> select.bind("userId", userId));
          query.objectType().ifPresent(objectType -> select.bind("objectType", objectType));
          query.objectId().ifPresent(objectId -> select.bind("objectId", objectId));
          query.action().ifPresent(action -> select.bind("action", action));
          query.beforeId().ifPresent(beforeId -> select.bind("beforeId", beforeId));
          return select.map(new AuditEntryMapper()).list();
        });
  }

  /**
   * The columns of the index that serves the filter, each fixed by it but the identifier: the
   * object (type and id), then the user, then the object type alone, then the action.
   */
  private static String order(AuditQuery query) {
    if (query.objectType().isPresent() && query.objectId().isPresent()) {
      return "object_type DESC, object_id DESC, id DESC";
    }
    if (query.userId().isPresent()) {
      return "user_id DESC, id DESC";
    }
    if (query.objectType().isPresent()) {
      return "object_type DESC, id DESC";
    }
    if (query.action().isPresent()) {
      return "action DESC, id DESC";
    }
    return "id DESC";
  }
}
