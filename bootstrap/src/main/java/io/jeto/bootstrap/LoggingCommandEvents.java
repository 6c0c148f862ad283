package io.jeto.bootstrap;

import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandState;
import io.jeto.domain.port.CommandEvents;
import java.lang.System.Logger.Level;
import java.time.Duration;

/** Tells the operator, in the log, which command started and how each one ended. */
final class LoggingCommandEvents implements CommandEvents {

  private static final System.Logger LOG = System.getLogger("io.jeto.commands");

  @Override
  public void started(Command command) {
    LOG.log(
        Level.INFO,
        "command {0} ({1}) on instance {2} started, requested by {3}",
        command.id(),
        command.describe(),
        command.instanceId(),
        command.requestedBy());
  }

  @Override
  public void finished(Command command) {
    String took =
        command
            .startedAt()
            .flatMap(start -> command.finishedAt().map(end -> Duration.between(start, end)))
            .map(duration -> " after " + duration.toMillis() / 1000.0 + " s")
            .orElse("");
    Level level =
        command.state() == CommandState.SUCCEEDED || command.state() == CommandState.CANCELLED
            ? Level.INFO
            : Level.WARNING;
    LOG.log(
        level,
        "command {0} ({1}) on instance {2} {3}{4}{5}",
        command.id(),
        command.describe(),
        command.instanceId(),
        command.state().wireName(),
        command.exitCode().map(code -> " with exit code " + code).orElse(""),
        took);
  }

  @Override
  public void crashed(Command command, RuntimeException cause) {
    LOG.log(Level.ERROR, "command " + command.id() + " failed inside Jeto", cause);
  }
}
