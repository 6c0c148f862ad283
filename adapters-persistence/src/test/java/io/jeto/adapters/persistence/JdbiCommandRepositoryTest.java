package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandAction;
import io.jeto.domain.command.CommandState;
import io.jeto.domain.command.NewCommand;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.NewInstance;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiCommandRepositoryTest {

  /** Nanoseconds included, to show that instants come back exactly. */
  private static final Instant CREATED_AT = Instant.parse("2024-05-17T08:30:12.123456789Z");

  private static final Instant STARTED_AT = Instant.parse("2024-05-17T08:30:13.000000001Z");
  private static final Instant FINISHED_AT = Instant.parse("2024-05-17T08:31:00.999999999Z");
  private static final Instant LATER = Instant.parse("2024-05-17T09:00:00Z");

  @TempDir Path directory;

  private JdbiPersistence persistence;
  private JdbiCommandRepository commands;
  private long instanceId;
  private long otherInstanceId;

  @BeforeEach
  void openDatabase() {
    persistence = TestPersistence.open(JdbiPersistence.fileUrl(directory));
    commands = persistence.commands();
    long hostId = persistence.hosts().add(new NewHost("lxc-1", "lxc", Map.of())).id();
    instanceId = addInstance(hostId, "shop-dev");
    otherInstanceId = addInstance(hostId, "shop-qa");
  }

  @AfterEach
  void closeDatabase() {
    persistence.close();
  }

  @Test
  void givenScriptOnMachine_add_storesQueuedCommandWithEverything() {
    NewCommand command =
        new NewCommand(
            instanceId,
            CommandAction.RUN_SCRIPT,
            Optional.of("web"),
            Optional.of("migrate"),
            "alice",
            CREATED_AT);

    Command added = commands.add(command);

    Command expected =
        new Command(
            added.id(),
            instanceId,
            CommandAction.RUN_SCRIPT,
            Optional.of("web"),
            Optional.of("migrate"),
            CommandState.QUEUED,
            Optional.empty(),
            CREATED_AT,
            Optional.empty(),
            Optional.empty(),
            "alice");
    assertThat(added).isEqualTo(expected);
    assertThat(commands.findById(added.id())).contains(expected);
  }

  @Test
  void givenEveryAction_add_readsEachBack() {
    for (CommandAction action : CommandAction.values()) {
      Command added = commands.add(command(instanceId, action, CREATED_AT));

      assertThat(commands.findById(added.id()).map(Command::action)).contains(action);
    }
  }

  @Test
  void givenUnknownInstance_add_throwsAndStoresNothing() {
    NewCommand command = command(otherInstanceId + 100, CommandAction.START, CREATED_AT);

    assertThatThrownBy(() -> commands.add(command)).isInstanceOf(JdbiException.class);

    assertThat(new DatabaseProbe(JdbiPersistence.fileUrl(directory)).count("command")).isZero();
  }

  @Test
  void givenUnknownIdentifier_findById_returnsEmpty() {
    Optional<Command> found = commands.findById(42);

    assertThat(found).isEmpty();
  }

  @Test
  void givenCommandsOnTwoInstances_findByInstance_returnsItsOwnNewestFirst() {
    Command first = commands.add(command(instanceId, CommandAction.START, CREATED_AT));
    Command other = commands.add(command(otherInstanceId, CommandAction.START, CREATED_AT));
    Command second = commands.add(command(instanceId, CommandAction.PROVISION, LATER));
    Command third = commands.add(command(instanceId, CommandAction.STOP, LATER));

    List<Command> found = commands.findByInstance(instanceId);

    assertThat(found).containsExactly(third, second, first);
    assertThat(commands.findByInstance(otherInstanceId)).containsExactly(other);
  }

  @Test
  void givenCommandsInSeveralStates_findByState_returnsThoseInItOldestFirst() {
    Command first = commands.add(command(instanceId, CommandAction.START, CREATED_AT));
    Command running = commands.add(command(otherInstanceId, CommandAction.START, CREATED_AT));
    Command second = commands.add(command(otherInstanceId, CommandAction.STOP, LATER));
    Command third = commands.add(command(instanceId, CommandAction.STOP, LATER));
    commands.markRunning(running.id(), STARTED_AT);

    List<Command> queued = commands.findByState(CommandState.QUEUED);

    assertThat(queued).containsExactly(first, second, third);
    assertThat(commands.findByState(CommandState.RUNNING))
        .extracting(Command::id)
        .containsExactly(running.id());
    assertThat(commands.findByState(CommandState.SUCCEEDED)).isEmpty();
  }

  @Test
  void givenQueuedCommand_markRunning_startsIt() {
    Command added = commands.add(command(instanceId, CommandAction.START, CREATED_AT));

    boolean started = commands.markRunning(added.id(), STARTED_AT);

    assertThat(started).isTrue();
    assertThat(commands.findById(added.id()))
        .hasValueSatisfying(
            found -> {
              assertThat(found.state()).isEqualTo(CommandState.RUNNING);
              assertThat(found.startedAt()).contains(STARTED_AT);
              assertThat(found.finishedAt()).isEmpty();
            });
  }

  @Test
  void givenCancelledCommand_markRunning_returnsFalseAndKeepsItCancelled() {
    Command added = commands.add(command(instanceId, CommandAction.START, CREATED_AT));
    commands.finish(added.id(), CommandState.CANCELLED, Optional.empty(), FINISHED_AT);

    boolean started = commands.markRunning(added.id(), STARTED_AT);

    assertThat(started).isFalse();
    assertThat(commands.findById(added.id()))
        .hasValueSatisfying(
            found -> {
              assertThat(found.state()).isEqualTo(CommandState.CANCELLED);
              assertThat(found.startedAt()).isEmpty();
              assertThat(found.finishedAt()).contains(FINISHED_AT);
            });
  }

  @Test
  void givenRunningCommand_markRunning_returnsFalseAndKeepsFirstStart() {
    Command added = commands.add(command(instanceId, CommandAction.START, CREATED_AT));
    commands.markRunning(added.id(), STARTED_AT);

    boolean startedAgain = commands.markRunning(added.id(), LATER);

    assertThat(startedAgain).isFalse();
    assertThat(commands.findById(added.id()).flatMap(Command::startedAt)).contains(STARTED_AT);
  }

  @Test
  void givenUnknownIdentifier_markRunning_returnsFalse() {
    boolean started = commands.markRunning(42, STARTED_AT);

    assertThat(started).isFalse();
  }

  @Test
  void givenRunningCommand_finish_recordsStateExitCodeAndTime() {
    Command added = commands.add(command(instanceId, CommandAction.PROVISION, CREATED_AT));
    commands.markRunning(added.id(), STARTED_AT);

    commands.finish(added.id(), CommandState.FAILED, Optional.of(3), FINISHED_AT);

    assertThat(commands.findById(added.id()))
        .contains(
            new Command(
                added.id(),
                instanceId,
                CommandAction.PROVISION,
                Optional.empty(),
                Optional.empty(),
                CommandState.FAILED,
                Optional.of(3),
                CREATED_AT,
                Optional.of(STARTED_AT),
                Optional.of(FINISHED_AT),
                "alice"));
  }

  @Test
  void givenFinishedCommand_finish_keepsTheFirstEnd() {
    Command added = commands.add(command(instanceId, CommandAction.START, CREATED_AT));
    commands.markRunning(added.id(), STARTED_AT);
    commands.finish(added.id(), CommandState.SUCCEEDED, Optional.of(0), FINISHED_AT);

    commands.finish(added.id(), CommandState.INTERRUPTED, Optional.empty(), LATER);

    assertThat(commands.findById(added.id()))
        .hasValueSatisfying(
            found -> {
              assertThat(found.state()).isEqualTo(CommandState.SUCCEEDED);
              assertThat(found.exitCode()).contains(0);
              assertThat(found.finishedAt()).contains(FINISHED_AT);
            });
  }

  @Test
  void givenRunningCommandsAtStartUp_finishAsInterrupted_leavesNoneRunning() {
    Command first = commands.add(command(instanceId, CommandAction.START, CREATED_AT));
    Command second = commands.add(command(otherInstanceId, CommandAction.START, CREATED_AT));
    commands.markRunning(first.id(), STARTED_AT);
    commands.markRunning(second.id(), STARTED_AT);

    for (Command leftover : commands.findByState(CommandState.RUNNING)) {
      commands.finish(leftover.id(), CommandState.INTERRUPTED, Optional.empty(), LATER);
    }

    assertThat(commands.findByState(CommandState.RUNNING)).isEmpty();
    assertThat(commands.findByState(CommandState.INTERRUPTED))
        .extracting(Command::id)
        .containsExactly(first.id(), second.id());
  }

  @Test
  void givenStateThatDoesNotEnd_finish_throwsAndChangesNothing() {
    Command added = commands.add(command(instanceId, CommandAction.START, CREATED_AT));

    assertThatThrownBy(
            () -> commands.finish(added.id(), CommandState.RUNNING, Optional.empty(), LATER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("running");

    assertThat(commands.findById(added.id())).contains(added);
  }

  private long addInstance(long hostId, String name) {
    return persistence
        .instances()
        .add(
            new NewInstance(
                name,
                Path.of("/srv/shop", name),
                Optional.empty(),
                Optional.empty(),
                "dev",
                hostId,
                Optional.empty(),
                false),
            EnvironmentStatus.unknown())
        .id();
  }

  private static NewCommand command(long instanceId, CommandAction action, Instant createdAt) {
    return new NewCommand(
        instanceId, action, Optional.empty(), Optional.empty(), "alice", createdAt);
  }
}
