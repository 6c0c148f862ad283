package io.jeto.application.service;

import static io.jeto.application.service.InstanceBuilder.anInstance;
import static io.jeto.application.service.TestGrantFactory.newGrant;
import static io.jeto.application.service.TestGrantFactory.newScriptGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.application.port.in.CommandRequest;
import io.jeto.application.port.in.ForbiddenException;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandState;
import io.jeto.domain.host.Host;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.JetoInfos;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunCommandServiceTest {

  private static final long USER_ID = 7;

  private final InMemoryPorts ports = new InMemoryPorts();
  // Runs nothing: these tests are about what gets queued.
  private final CommandScheduler scheduler = new CommandScheduler(1, (command, signal) -> {});
  private final RunCommandService service =
      new RunCommandService(
          ports.commands(),
          ports.hosts(),
          ports.environments(),
          new VisibleInstances(ports.instances()),
          ports.policy(),
          scheduler,
          new ConsoleNotifier(),
          ports.audit(),
          ports.clock());
  private Instance instance;

  @BeforeEach
  void storeInstanceDeclaringTwoScripts() {
    Host host = ports.hosts().add(TestHostFactory.newLxcHost());
    instance =
        anInstance()
            .onHost(host.id())
            .withStatus(TestStatusFactory.running("default"))
            .storeIn(ports.instances());
    ports
        .environments()
        .willReadJetoInfos(
            new JetoInfos(
                Map.of(
                    "scripts",
                    Map.of("a", Map.of("command", "echo a"), "b", Map.of("command", "echo b"))),
                Optional.empty()));
    GrantTarget target = GrantTarget.instance(instance.id());
    ports.grants().add(newGrant(USER_ID, target, Action.VIEW));
    ports.grants().add(newScriptGrant(USER_ID, target, "a"));
  }

  @AfterEach
  void stopScheduler() {
    scheduler.close();
  }

  @Test
  void givenScriptTheGrantDoesNotList_requestCommand_throwsForbiddenAndQueuesNothing() {
    CommandRequest request = new CommandRequest("runScript", Optional.empty(), Optional.of("b"));

    assertThatThrownBy(
            () -> service.requestCommand(TestCallerFactory.user(USER_ID), instance.id(), request))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("script b");
    assertThat(ports.commands().findByInstance(instance.id())).isEmpty();
    assertThat(ports.auditLog().all()).isEmpty();
  }

  @Test
  void givenScriptTheGrantLists_requestCommand_queuesIt() {
    CommandRequest request = new CommandRequest("runScript", Optional.empty(), Optional.of("a"));

    Command queued =
        service.requestCommand(TestCallerFactory.user(USER_ID), instance.id(), request);

    assertThat(queued.state()).isEqualTo(CommandState.QUEUED);
    assertThat(queued.script()).contains("a");
    assertThat(queued.machine()).contains("default");
    assertThat(ports.commands().findByInstance(instance.id())).containsExactly(queued);
  }
}
