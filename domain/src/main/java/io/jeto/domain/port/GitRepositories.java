package io.jeto.domain.port;

import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.CommandOutcome;
import io.jeto.domain.command.ConsoleSink;
import io.jeto.domain.project.GitReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Runs git for the instances made from a project's repository. */
public interface GitRepositories {

  /**
   * The branches and tags of a repository ({@code git ls-remote}).
   *
   * @throws GitUnavailableException if the repository cannot be read
   */
  List<GitReference> references(String address, Duration timeout);

  /** Clones one branch or tag, submodules included, into a directory that must not exist. */
  CommandOutcome cloneReference(
      String address,
      String reference,
      Path target,
      Duration timeout,
      ConsoleSink console,
      CancelSignal cancel);

  /** Fetches and resets the clone in the directory to {@code origin/<reference>} or the tag. */
  CommandOutcome sync(
      Path directory, String reference, Duration timeout, ConsoleSink console, CancelSignal cancel);
}
