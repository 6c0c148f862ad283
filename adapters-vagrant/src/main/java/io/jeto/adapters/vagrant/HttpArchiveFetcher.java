package io.jeto.adapters.vagrant;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.CommandOutcome;
import io.jeto.domain.command.ConsoleSink;
import io.jeto.domain.command.ConsoleStream;
import io.jeto.domain.port.ArchiveFetcher;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Downloads an environment's zip or tar.gz over HTTP or HTTPS and unpacks it into a new directory,
 * refusing any entry or link that would lead out of it and any archive past the size limits.
 *
 * <p>The download and the extraction happen beside the target, under hidden names, and the result
 * is moved into place in one rename: on any failure the target does not exist afterwards and
 * nothing is left beside it. The console is called from the calling thread only.
 */
public final class HttpArchiveFetcher implements ArchiveFetcher {

  private static final System.Logger LOG = System.getLogger(HttpArchiveFetcher.class.getName());

  private final long maxDownloadBytes;
  private final long maxExtractedBytes;

  /** Takes the most an archive may weigh as downloaded, and the most its files may hold. */
  public HttpArchiveFetcher(long maxDownloadBytes, long maxExtractedBytes) {
    if (maxDownloadBytes <= 0) {
      throw new IllegalArgumentException(
          "'maxDownloadBytes' must be positive, was " + maxDownloadBytes);
    }
    if (maxExtractedBytes <= 0) {
      throw new IllegalArgumentException(
          "'maxExtractedBytes' must be positive, was " + maxExtractedBytes);
    }
    this.maxDownloadBytes = maxDownloadBytes;
    this.maxExtractedBytes = maxExtractedBytes;
  }

  @Override
  public CommandOutcome fetch(
      URI archive, Path target, Duration timeout, ConsoleSink console, CancelSignal cancel) {
    requireNonNull(archive, "'archive' must not be null");
    requireNonNull(timeout, "'timeout' must not be null");
    requireNonNull(console, "'console' must not be null");
    requireNonNull(cancel, "'cancel' must not be null");
    Optional<String> refused = refusal(archive);
    if (refused.isPresent()) {
      return CommandOutcome.failedToRun(refused.get());
    }
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      return CommandOutcome.failedToRun("cannot extract into " + absolute + ": it already exists");
    }
    try (FetchGuard guard = FetchGuard.start(timeout, cancel)) {
      return fetchGuarded(archive, absolute, guard, console);
    }
  }

  /** Why the address cannot be fetched, or empty when it is an http or https URL with a host. */
  static Optional<String> refusal(URI address) {
    String scheme = address.getScheme();
    if (scheme == null) {
      return Optional.of(
          "the archive address " + ArchiveDownload.shown(address) + " has no scheme");
    }
    if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
      return Optional.of(
          "the scheme '" + scheme + "' is not supported: archives come over http or https");
    }
    if (address.getHost() == null) {
      return Optional.of(
          "the archive address " + ArchiveDownload.shown(address) + " names no host");
    }
    return Optional.empty();
  }

  private CommandOutcome fetchGuarded(
      URI archive, Path target, FetchGuard guard, ConsoleSink console) {
    Path parent = target.getParent();
    String hidden = "." + target.getFileName() + "-" + UUID.randomUUID();
    Path download = parent.resolve(hidden + ".download");
    Path staging = parent.resolve(hidden + ".part");
    try {
      Files.createDirectories(parent);
      Files.createFile(download);
      console.line(ConsoleStream.JETO, "downloading " + ArchiveDownload.shown(archive));
      long size = new ArchiveDownload(maxDownloadBytes).download(archive, download, guard, console);
      console.line(ConsoleStream.JETO, "downloaded " + size + " bytes");

      // Created without attributes, the directory gets the usual permissions, as a clone would.
      Files.createDirectory(staging);
      Path contents =
          new ArchiveExtractor(maxExtractedBytes).extract(download, staging, guard, console);
      guard.check();
      Files.move(contents, target, StandardCopyOption.ATOMIC_MOVE);
      return CommandOutcome.exited(0);
    } catch (ArchiveFailure e) {
      return failed(archive, guard, e.getMessage());
    } catch (IOException e) {
      return failed(archive, guard, "could not fetch the archive into " + target + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CommandOutcome.failedToRun("the fetch was interrupted and stopped");
    } finally {
      remove(download);
      remove(staging);
    }
  }

  private static CommandOutcome failed(URI archive, FetchGuard guard, String message) {
    Optional<FetchGuard.Stop> stop = guard.stopped();
    if (stop.isPresent()) {
      boolean timedOut = stop.get() == FetchGuard.Stop.TIMED_OUT;
      return new CommandOutcome(-1, timedOut, !timedOut, Optional.empty());
    }
    LOG.log(
        Level.INFO,
        () -> "Could not fetch the archive " + ArchiveDownload.shown(archive) + ": " + message);
    return CommandOutcome.failedToRun(message);
  }

  private static void remove(Path path) {
    try {
      DirectoryTrees.delete(path);
    } catch (IOException e) {
      LOG.log(Level.WARNING, () -> "Could not remove " + path + " after fetching an archive", e);
    }
  }
}
