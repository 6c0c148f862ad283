package io.jeto.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandAction;
import io.jeto.domain.command.CommandState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class CommandSchedulerTest {

  private final List<Long> ran = new CopyOnWriteArrayList<>();

  @Test
  void givenThreeCommandsOnOneInstance_submit_runsThemOneAtATimeInOrder() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(3);
    BiConsumer<Command, CancelSignal> execution =
        (command, signal) -> {
          mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
          sleep(50);
          ran.add(command.id());
          running.decrementAndGet();
          done.countDown();
        };

    try (CommandScheduler scheduler = new CommandScheduler(4, execution)) {
      scheduler.submit(command(1, 10));
      scheduler.submit(command(2, 10));
      scheduler.submit(command(3, 10));
      assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(ran).containsExactly(1L, 2L, 3L);
    assertThat(mostAtOnce.get()).isEqualTo(1);
  }

  @Test
  void givenMoreInstancesThanTheLimit_submit_runsAtMostTheLimitAtOnce() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(6);
    BiConsumer<Command, CancelSignal> execution =
        (command, signal) -> {
          mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
          sleep(100);
          running.decrementAndGet();
          done.countDown();
        };

    try (CommandScheduler scheduler = new CommandScheduler(2, execution)) {
      for (long id = 1; id <= 6; id++) {
        scheduler.submit(command(id, 100 + id));
      }
      assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(mostAtOnce.get()).isEqualTo(2);
  }

  @Test
  void givenWaitingCommand_cancel_takesItOutOfLineAndSignalsTheRunningOne() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    BiConsumer<Command, CancelSignal> execution =
        (command, signal) -> {
          ran.add(command.id());
          started.countDown();
          signal.onCancel(cancelled::countDown);
          await(cancelled);
        };

    try (CommandScheduler scheduler = new CommandScheduler(1, execution)) {
      scheduler.submit(command(1, 10));
      scheduler.submit(command(2, 10));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

      boolean secondWasWaiting = scheduler.cancel(2);
      boolean firstWasWaiting = scheduler.cancel(1);

      assertThat(secondWasWaiting).isTrue();
      assertThat(firstWasWaiting).isFalse();
      assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(ran).containsExactly(1L);
  }

  @Test
  void givenRunningCommand_activeOn_namesItUntilItEnds() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);

    try (CommandScheduler scheduler =
        new CommandScheduler(
            1,
            (command, signal) -> {
              started.countDown();
              await(release);
            })) {
      scheduler.submit(command(7, 10));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

      assertThat(scheduler.activeOn(10)).contains(7L);
      release.countDown();
    }
  }

  private static Command command(long id, long instanceId) {
    return new Command(
        id,
        instanceId,
        CommandAction.START,
        Optional.empty(),
        Optional.empty(),
        CommandState.QUEUED,
        Optional.empty(),
        Instant.EPOCH,
        Optional.empty(),
        Optional.empty(),
        "ana");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
