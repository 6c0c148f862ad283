package io.jeto.adapters.vagrant;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.CommandOutcome;
import io.jeto.domain.command.ConsoleSink;
import io.jeto.domain.port.VagrantCall;
import io.jeto.domain.port.VagrantCommandRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Vagrant commands such as {@code up} or {@code provision} through the command line, with
 * their output streamed to the console line by line.
 *
 * <p>The console is called from one thread at a time, so it need not be thread-safe; the lines of
 * each stream keep their order.
 */
public final class CliVagrantCommandRunner implements VagrantCommandRunner {

  private final String command;
  private final ConsoleProcessRunner runner;

  /**
   * Takes the command that runs Vagrant (a name looked up on PATH, or a path), and how long a
   * stopped process tree may take to go before it is killed by force.
   */
  public CliVagrantCommandRunner(String command, Duration killGrace) {
    this.command = requireNonNull(command, "'command' must not be null");
    if (command.isBlank()) {
      throw new IllegalArgumentException("'command' must not be blank");
    }
    this.runner = new ConsoleProcessRunner(killGrace);
  }

  @Override
  public CommandOutcome run(
      VagrantCall call,
      List<String> arguments,
      Duration timeout,
      ConsoleSink console,
      CancelSignal cancel) {
    requireNonNull(call, "'call' must not be null");
    requireNonNull(console, "'console' must not be null");
    requireNonNull(cancel, "'cancel' must not be null");
    List<String> commandLine = new ArrayList<>();
    commandLine.add(command);
    commandLine.addAll(requireNonNull(arguments, "'arguments' must not be null"));
    ProcessLaunch launch =
        VagrantLaunch.of(commandLine, call.directory(), call.environment(), timeout);
    return runner.run(launch, console, cancel);
  }
}
