package io.jeto.adapters.persistence;

import static io.jeto.adapters.persistence.AuditFixtures.entry;
import static io.jeto.adapters.persistence.AuditFixtures.latest;
import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.domain.audit.AuditEntry;
import io.jeto.domain.audit.AuditQuery;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiAuditLogTest {

  @TempDir Path directory;

  private JdbiPersistence persistence;
  private JdbiAuditLog log;

  @BeforeEach
  void openDatabase() {
    persistence = TestPersistence.open(JdbiPersistence.fileUrl(directory));
    log = persistence.auditLog();
  }

  @AfterEach
  void closeDatabase() {
    persistence.close();
  }

  @Test
  void givenFullEntry_append_storesEveryFieldAndGivesAnIdentifier() {
    AuditEntry entry =
        new AuditEntry(
            0,
            Instant.parse("2025-06-07T08:09:10.123456789Z"),
            Optional.of(3L),
            "alice",
            Optional.of("ci"),
            "runScript",
            "instance",
            Optional.of(7L),
            Optional.of("shop-dev"),
            Optional.of("2001:db8::1"),
            Optional.of("{\"script\":\"seed.sh\",\"params\":{\"TOKEN\":\"***\"}}"),
            "failed (3)");

    AuditEntry appended = log.append(entry);

    assertThat(appended.id()).isPositive();
    assertThat(log.find(latest(10)))
        .containsExactly(
            new AuditEntry(
                appended.id(),
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
                entry.outcome()))
        .containsExactly(appended);
  }

  @Test
  void givenEntryOfTheServiceItself_append_storesItWithoutUserOrObject() {
    AuditEntry entry =
        new AuditEntry(
            0,
            AuditFixtures.AT,
            Optional.empty(),
            "jeto",
            Optional.empty(),
            "start",
            "instance",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "interrupted");

    AuditEntry appended = log.append(entry);

    assertThat(log.find(latest(1))).containsExactly(appended);
  }

  @Test
  void givenLongDetails_append_keepsThemWhole() {
    String details = "{\"text\":\"" + "x".repeat(200_000) + "\"}";
    AuditEntry entry = withDetails(entry(1, "create", "project", 2), details);

    log.append(entry);

    assertThat(log.find(latest(1)))
        .singleElement()
        .satisfies(found -> assertThat(found.details()).contains(details));
  }

  @Test
  void givenEntriesWhoseClockSteppedBack_find_ordersThemByAppendNewestFirst() {
    AuditEntry first = log.append(at(entry(1, "create", "host", 1), "2025-06-07T10:00:00Z"));
    AuditEntry second = log.append(at(entry(1, "edit", "host", 1), "2025-06-07T09:00:00Z"));
    AuditEntry third = log.append(at(entry(1, "delete", "host", 1), "2025-06-07T11:00:00Z"));

    List<AuditEntry> found = log.find(latest(10));

    assertThat(found).containsExactly(third, second, first);
  }

  @Test
  void givenMoreEntriesThanTheLimit_find_pagesWithTheCursorWithoutGapOrRepeat() {
    List<AuditEntry> appended = appendEntries(7);

    List<AuditEntry> first = log.find(latest(3));
    List<AuditEntry> second = log.find(before(first.getLast().id(), 3));
    List<AuditEntry> third = log.find(before(second.getLast().id(), 3));

    assertThat(first).containsExactly(appended.get(6), appended.get(5), appended.get(4));
    assertThat(second).containsExactly(appended.get(3), appended.get(2), appended.get(1));
    assertThat(third).containsExactly(appended.get(0));
  }

  @Test
  void givenUserFilter_find_returnsOnlyThatUsersEntries() {
    AuditEntry alices = log.append(entry(1, "create", "host", 1));
    log.append(entry(2, "create", "host", 2));
    AuditEntry alicesLast = log.append(entry(1, "delete", "host", 1));

    List<AuditEntry> found = log.find(query(1L, null, null, null, null, 10));

    assertThat(found).containsExactly(alicesLast, alices);
  }

  @Test
  void givenObjectFilter_find_returnsOnlyThatObjectsEntries() {
    AuditEntry created = log.append(entry(1, "create", "instance", 5));
    log.append(entry(1, "create", "host", 5));
    log.append(entry(1, "create", "instance", 6));
    AuditEntry started = log.append(entry(2, "start", "instance", 5));

    List<AuditEntry> found = log.find(query(null, "instance", 5L, null, null, 10));

    assertThat(found).containsExactly(started, created);
  }

  @Test
  void givenObjectTypeFilterAlone_find_returnsEveryObjectOfTheTypeNewestFirst() {
    AuditEntry nine = log.append(entry(1, "create", "instance", 9));
    log.append(entry(1, "create", "host", 1));
    AuditEntry two = log.append(entry(1, "create", "instance", 2));
    AuditEntry five = log.append(entry(1, "start", "instance", 5));

    List<AuditEntry> found = log.find(query(null, "instance", null, null, null, 10));

    assertThat(found).containsExactly(five, two, nine);
  }

  @Test
  void givenObjectIdentifierAlone_find_returnsThatIdentifierOfAnyTypeNewestFirst() {
    AuditEntry host = log.append(entry(1, "create", "host", 4));
    log.append(entry(1, "create", "instance", 3));
    AuditEntry instance = log.append(entry(1, "create", "instance", 4));

    List<AuditEntry> found = log.find(query(null, null, 4L, null, null, 10));

    assertThat(found).containsExactly(instance, host);
  }

  @Test
  void givenActionFilter_find_returnsOnlyThatActionsEntries() {
    AuditEntry first = log.append(entry(1, "destroy", "instance", 1));
    log.append(entry(1, "start", "instance", 1));
    AuditEntry second = log.append(entry(2, "destroy", "instance", 2));

    List<AuditEntry> found = log.find(query(null, null, null, "destroy", null, 10));

    assertThat(found).containsExactly(second, first);
  }

  @Test
  void givenEveryFilterAndCursor_find_returnsEntriesMatchingThemAll() {
    AuditEntry old = log.append(entry(1, "start", "instance", 5));
    log.append(entry(2, "start", "instance", 5));
    log.append(entry(1, "stop", "instance", 5));
    log.append(entry(1, "start", "instance", 6));
    log.append(entry(1, "start", "host", 5));
    AuditEntry cursor = log.append(entry(1, "start", "instance", 5));

    List<AuditEntry> found = log.find(query(1L, "instance", 5L, "start", cursor.id(), 10));

    assertThat(found).containsExactly(old);
  }

  @Test
  void givenFilteredPages_find_pagesWithTheCursorWithinTheFilter() {
    List<AuditEntry> alices = new ArrayList<>();
    for (int index = 0; index < 5; index++) {
      alices.add(log.append(entry(1, "start", "instance", index)));
      log.append(entry(2, "start", "instance", index));
    }

    List<AuditEntry> first = log.find(query(1L, null, null, null, null, 2));
    List<AuditEntry> second = log.find(query(1L, null, null, null, first.getLast().id(), 2));

    assertThat(first).containsExactly(alices.get(4), alices.get(3));
    assertThat(second).containsExactly(alices.get(2), alices.get(1));
  }

  @Test
  void givenNoEntry_find_returnsEmptyList() {
    List<AuditEntry> found = log.find(latest(10));

    assertThat(found).isEmpty();
  }

  @Test
  void givenTheAuditLog_publicMethods_onlyAppendAndFind() {
    List<String> methods =
        Arrays.stream(JdbiAuditLog.class.getDeclaredMethods())
            .filter(method -> Modifier.isPublic(method.getModifiers()))
            .map(Method::getName)
            .toList();

    assertThat(methods).containsExactlyInAnyOrder("append", "find");
  }

  private List<AuditEntry> appendEntries(int count) {
    List<AuditEntry> appended = new ArrayList<>();
    for (int index = 0; index < count; index++) {
      appended.add(log.append(entry(1, "create", "host", index)));
    }
    return appended;
  }

  private static AuditQuery before(long beforeId, int limit) {
    return query(null, null, null, null, beforeId, limit);
  }

  /** A query with a filter for each argument that is not null. */
  private static AuditQuery query(
      Long userId, String objectType, Long objectId, String action, Long beforeId, int limit) {
    return new AuditQuery(
        Optional.ofNullable(userId),
        Optional.ofNullable(objectType),
        Optional.ofNullable(objectId),
        Optional.ofNullable(action),
        Optional.ofNullable(beforeId),
        limit);
  }

  private static AuditEntry at(AuditEntry entry, String instant) {
    return new AuditEntry(
        entry.id(),
        Instant.parse(instant),
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

  private static AuditEntry withDetails(AuditEntry entry, String details) {
    return new AuditEntry(
        entry.id(),
        entry.at(),
        entry.userId(),
        entry.userName(),
        entry.keyName(),
        entry.action(),
        entry.objectType(),
        entry.objectId(),
        entry.objectName(),
        entry.address(),
        Optional.of(details),
        entry.outcome());
  }
}
