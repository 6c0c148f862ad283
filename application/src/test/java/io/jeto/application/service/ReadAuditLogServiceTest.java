package io.jeto.application.service;

import static io.jeto.application.service.InstanceBuilder.anInstance;
import static io.jeto.application.service.TestGrantFactory.newGrant;
import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.audit.AuditEntry;
import io.jeto.domain.audit.AuditQuery;
import io.jeto.domain.instance.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadAuditLogServiceTest {

  private static final long USER_ID = 7;
  private static final long OTHER_USER_ID = 8;

  private final InMemoryPorts ports = new InMemoryPorts();
  private final ReadAuditLogService service =
      new ReadAuditLogService(ports.auditLog(), ports.instances(), ports.policy());
  private Instance visible;
  private Instance hidden;

  @BeforeEach
  void storeInstancesOneOfThemVisible() {
    visible = anInstance().named("visible").storeIn(ports.instances());
    hidden = anInstance().named("hidden").storeIn(ports.instances());
    ports.grants().add(newGrant(USER_ID, GrantTarget.instance(visible.id()), Action.VIEW));
  }

  @Test
  void givenAdministrator_readAuditLog_returnsEveryEntryNewestFirst() {
    AuditEntry first = append(USER_ID, "instance", visible.id());
    AuditEntry second = append(OTHER_USER_ID, "instance", hidden.id());
    AuditEntry third = append(OTHER_USER_ID, "host", 3);

    List<AuditEntry> read = service.readAuditLog(TestCallerFactory.administrator(), query(10));

    assertThat(read).containsExactly(third, second, first);
  }

  @Test
  void givenUser_readAuditLog_returnsEntriesAboutVisibleInstancesAndItsOwnOnly() {
    AuditEntry othersOnVisible = append(OTHER_USER_ID, "instance", visible.id());
    append(OTHER_USER_ID, "instance", hidden.id());
    append(OTHER_USER_ID, "host", 3);
    AuditEntry own = append(USER_ID, "api_key", 100);

    List<AuditEntry> read = service.readAuditLog(TestCallerFactory.user(USER_ID), query(10));

    assertThat(read).containsExactly(own, othersOnVisible);
  }

  @Test
  void givenUserPagingWithBeforeId_readAuditLog_returnsOlderEntriesWithoutDuplicates() {
    List<AuditEntry> readable = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      readable.add(append(OTHER_USER_ID, "instance", visible.id()));
      append(OTHER_USER_ID, "instance", hidden.id());
      readable.add(append(USER_ID, "project", 20));
    }
    List<AuditEntry> newestFirst = readable.reversed();

    List<AuditEntry> firstPage = service.readAuditLog(TestCallerFactory.user(USER_ID), query(4));
    List<AuditEntry> secondPage =
        service.readAuditLog(TestCallerFactory.user(USER_ID), before(firstPage.getLast().id(), 4));

    assertThat(firstPage).containsExactlyElementsOf(newestFirst.subList(0, 4));
    assertThat(secondPage).containsExactlyElementsOf(newestFirst.subList(4, 6));
  }

  private AuditEntry append(long userId, String objectType, long objectId) {
    return ports
        .auditLog()
        .append(
            new AuditEntry(
                0,
                InMemoryPorts.NOW,
                Optional.of(userId),
                "user" + userId,
                Optional.of("default"),
                "update",
                objectType,
                Optional.of(objectId),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                AuditTrail.SUCCEEDED));
  }

  private static AuditQuery query(int limit) {
    return query(Optional.empty(), limit);
  }

  private static AuditQuery before(long beforeId, int limit) {
    return query(Optional.of(beforeId), limit);
  }

  private static AuditQuery query(Optional<Long> beforeId, int limit) {
    return new AuditQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), beforeId, limit);
  }
}
