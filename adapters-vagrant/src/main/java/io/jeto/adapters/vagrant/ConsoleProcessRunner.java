package io.jeto.adapters.vagrant;

import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.CommandOutcome;
import io.jeto.domain.command.ConsoleSink;
import io.jeto.domain.command.ConsoleStream;
import java.time.Duration;

/**
 * Runs one process with both outputs passed to a console line by line as they arrive.
 *
 * <p>Nothing is kept: each line goes to the console from the thread that read it, so a process may
 * print without end and memory stays bounded. Calls to the console are serialized, and none comes
 * after {@link #run} has returned.
 */
final class ConsoleProcessRunner {

  private final ProcessSupervisor supervisor;

  ConsoleProcessRunner(Duration killGrace) {
    this.supervisor = new ProcessSupervisor(killGrace);
  }

  /**
   * Runs the process to its end, its time limit or the cancel, whichever comes first.
   *
   * <p>Never throws for the process's own failures. An interrupt stops the tree and comes back as a
   * failure, with the thread's interrupt flag set again.
   */
  CommandOutcome run(ProcessLaunch launch, ConsoleSink console, CancelSignal cancel) {
    SerializedConsole serialized = new SerializedConsole(console);
    ConsoleLineReader stdout = new ConsoleLineReader(ConsoleStream.STDOUT, serialized);
    ConsoleLineReader stderr = new ConsoleLineReader(ConsoleStream.STDERR, serialized);
    try {
      CommandOutcome outcome = supervisor.run(launch, stdout, stderr, cancel);
      if (stdout.abandoned() || stderr.abandoned()) {
        serialized.line(
            ConsoleStream.JETO,
            "output no longer read: a process that "
                + launch.program()
                + " left running still holds it open");
      }
      return outcome;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CommandOutcome.failedToRun(
          launch.program() + " was interrupted, and its process tree stopped");
    } finally {
      serialized.close();
    }
  }
}
