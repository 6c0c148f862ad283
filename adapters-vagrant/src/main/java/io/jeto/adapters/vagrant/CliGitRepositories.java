package io.jeto.adapters.vagrant;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.CommandOutcome;
import io.jeto.domain.command.ConsoleSink;
import io.jeto.domain.command.ConsoleStream;
import io.jeto.domain.port.GitRepositories;
import io.jeto.domain.port.GitUnavailableException;
import io.jeto.domain.project.GitReference;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists, clones and syncs git repositories through the {@code git} command line.
 *
 * <p>Git never asks for a password ({@code GIT_TERMINAL_PROMPT=0}, standard input closed), never
 * looks for a repository above the directory it runs in, and keeps its default protocol rules:
 * submodules over {@code file://} stay refused unless the service's git configuration allows them.
 * A password in an address is masked in every message and console line.
 */
public final class CliGitRepositories implements GitRepositories {

  /** The command to use when git is on the service's PATH. */
  public static final String DEFAULT_COMMAND = "git";

  private static final System.Logger LOG = System.getLogger(CliGitRepositories.class.getName());
  private static final int MAX_STDERR_BYTES = 64 * 1024;
  // A clone of a tag is a detached HEAD by design: git's long advice about it is noise here.
  private static final List<String> GLOBAL_OPTIONS = List.of("-c", "advice.detachedHead=false");

  private final String command;
  private final ProcessSupervisor supervisor;
  private final ConsoleProcessRunner runner;

  /**
   * Takes the command that runs git (a name looked up on PATH, or a path), and how long a stopped
   * process tree may take to go before it is killed by force.
   */
  public CliGitRepositories(String command, Duration killGrace) {
    this.command = requireNonNull(command, "'command' must not be null");
    if (command.isBlank()) {
      throw new IllegalArgumentException("'command' must not be blank");
    }
    this.supervisor = new ProcessSupervisor(killGrace);
    this.runner = new ConsoleProcessRunner(killGrace);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The address is a URL or an absolute path: a relative one would be read from wherever git
   * happens to run.
   */
  @Override
  public List<GitReference> references(String address, Duration timeout) {
    requireNonNull(address, "'address' must not be null");
    if (address.isBlank()) {
      throw new GitUnavailableException("the repository address is empty");
    }
    LsRemoteReferences references = new LsRemoteReferences();
    StreamCollector stderr = new StreamCollector(MAX_STDERR_BYTES);
    Path anywhere = Path.of(System.getProperty("java.io.tmpdir"));
    ProcessLaunch launch =
        launch(anywhere, timeout, List.of("ls-remote", "--heads", "--tags", "--", address));

    CommandOutcome outcome;
    try {
      outcome =
          supervisor.run(
              launch,
              new ConsoleLineReader(ConsoleStream.STDOUT, references),
              stderr,
              new CancelSignal());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("reading the references of " + address + " was interrupted");
    }
    if (!outcome.succeeded()) {
      throw unavailable(lsRemoteFailure(outcome, stderr.text().strip(), timeout));
    }
    return references.references();
  }

  @Override
  public CommandOutcome cloneReference(
      String address,
      String reference,
      Path target,
      Duration timeout,
      ConsoleSink console,
      CancelSignal cancel) {
    requireNonNull(address, "'address' must not be null");
    Optional<String> refused = refuseReference(reference);
    if (refused.isPresent()) {
      return CommandOutcome.failedToRun(refused.get());
    }
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      return CommandOutcome.failedToRun("cannot clone into " + absolute + ": it already exists");
    }
    Path parent = absolute.getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      return CommandOutcome.failedToRun("could not create " + parent + ": " + e.getMessage());
    }

    Steps steps = new Steps(parent, timeout, masking(console), cancel);
    CommandOutcome outcome =
        steps.announced(
            "clone",
            "--branch",
            reference,
            "--recurse-submodules",
            "--",
            address,
            absolute.toString());
    if (!outcome.succeeded()) {
      removePartialClone(absolute, steps.console);
    }
    return outcome;
  }

  /**
   * {@inheritDoc}
   *
   * <p>A name that is both a branch and a tag on origin is taken as the branch. Untracked files,
   * such as Vagrant's {@code .vagrant} directory, are kept.
   */
  @Override
  public CommandOutcome sync(
      Path directory,
      String reference,
      Duration timeout,
      ConsoleSink console,
      CancelSignal cancel) {
    Optional<String> refused = refuseReference(reference);
    if (refused.isPresent()) {
      return CommandOutcome.failedToRun(refused.get());
    }
    Path absolute = directory.toAbsolutePath().normalize();
    if (!Files.exists(absolute.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
      return CommandOutcome.failedToRun(absolute + " is not a git clone");
    }

    Steps steps = new Steps(absolute, timeout, masking(console), cancel);
    CommandOutcome fetched = steps.announced("fetch", "--tags", "origin");
    if (!fetched.succeeded()) {
      return fetched;
    }
    Lookup lookup = revisionOf(steps, reference);
    if (lookup.revision().isEmpty()) {
      return lookup.outcome();
    }
    CommandOutcome reset = steps.announced("reset", "--hard", lookup.revision().get(), "--");
    if (!reset.succeeded()) {
      return reset;
    }
    return steps.announced("submodule", "update", "--init", "--recursive");
  }

  private static Lookup revisionOf(Steps steps, String reference) {
    for (String revision : List.of("refs/remotes/origin/" + reference, "refs/tags/" + reference)) {
      CommandOutcome found = steps.quiet("show-ref", "--verify", "--quiet", revision);
      if (found.succeeded()) {
        return new Lookup(Optional.of(revision), found);
      }
      if (found.timedOut() || found.cancelled() || found.failure().isPresent()) {
        return new Lookup(Optional.empty(), found);
      }
    }
    return new Lookup(
        Optional.empty(),
        CommandOutcome.failedToRun("origin has no branch or tag named '" + reference + "'"));
  }

  /** The revision to reset to, or empty with the outcome that says why there is none. */
  private record Lookup(Optional<String> revision, CommandOutcome outcome) {}

  private static Optional<String> refuseReference(String reference) {
    requireNonNull(reference, "'reference' must not be null");
    if (reference.isBlank()) {
      return Optional.of("the git reference is empty");
    }
    // Git would read it as an option.
    if (reference.startsWith("-")) {
      return Optional.of("the git reference '" + reference + "' must not start with '-'");
    }
    return Optional.empty();
  }

  private static void removePartialClone(Path target, ConsoleSink console) {
    try {
      DirectoryTrees.delete(target);
    } catch (IOException e) {
      LOG.log(Level.WARNING, () -> "Could not remove the partial clone in " + target, e);
      console.line(
          ConsoleStream.JETO, "could not remove the partial clone in " + target + ": " + e);
    }
  }

  private static String lsRemoteFailure(CommandOutcome outcome, String stderr, Duration timeout) {
    if (outcome.failure().isPresent()) {
      return outcome.failure().get();
    }
    if (outcome.timedOut()) {
      return "git ls-remote did not finish within " + seconds(timeout) + " s and was stopped";
    }
    if (!stderr.isEmpty()) {
      return stderr;
    }
    return "git ls-remote exited with code " + outcome.exitCode();
  }

  private static String seconds(Duration duration) {
    return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
  }

  private static GitUnavailableException unavailable(String message) {
    return new GitUnavailableException(Credentials.mask(message));
  }

  private static ConsoleSink masking(ConsoleSink console) {
    requireNonNull(console, "'console' must not be null");
    return (stream, text) -> console.line(stream, Credentials.mask(text));
  }

  private ProcessLaunch launch(Path directory, Duration timeout, List<String> arguments) {
    List<String> commandLine = new ArrayList<>();
    commandLine.add(command);
    commandLine.addAll(GLOBAL_OPTIONS);
    commandLine.addAll(arguments);
    Map<String, String> environment = new HashMap<>();
    environment.put("GIT_TERMINAL_PROMPT", "0");
    // Git then never climbs to a repository that merely encloses the one it was sent to.
    Optional.ofNullable(directory.toAbsolutePath().getParent())
        .ifPresent(parent -> environment.put("GIT_CEILING_DIRECTORIES", parent.toString()));
    return new ProcessLaunch(commandLine, directory, environment, timeout);
  }

  /** The git commands of one clone or sync: one directory, one deadline, one console. */
  private final class Steps {

    private final Path directory;
    private final long deadline;
    private final ConsoleSink console;
    private final CancelSignal cancel;

    Steps(Path directory, Duration timeout, ConsoleSink console, CancelSignal cancel) {
      this.directory = directory;
      this.deadline = System.nanoTime() + timeout.toNanos();
      this.console = console;
      this.cancel = requireNonNull(cancel, "'cancel' must not be null");
    }

    /** Runs the command after showing it on the console. */
    CommandOutcome announced(String... arguments) {
      console.line(ConsoleStream.JETO, "git " + String.join(" ", arguments));
      return quiet(arguments);
    }

    /** Runs the command within what is left of the time limit. */
    CommandOutcome quiet(String... arguments) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return new CommandOutcome(-1, true, false, Optional.empty());
      }
      return runner.run(
          launch(directory, Duration.ofNanos(left), List.of(arguments)), console, cancel);
    }
  }
}
