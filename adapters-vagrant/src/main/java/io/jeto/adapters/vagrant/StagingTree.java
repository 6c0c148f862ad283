package io.jeto.adapters.vagrant;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The directory an archive is extracted into, which no entry may leave.
 *
 * <p>Files and directories are written as they come. Symbolic links are written last, so that no
 * file is ever written through one, and each is then followed the way the system would follow it:
 * one that leads out of the tree fails the extraction, as does one that would lead out once a
 * single top folder is flattened.
 */
final class StagingTree {

  private static final int CHUNK = 64 * 1024;
  private static final int MAX_LINK_HOPS = 40;

  private final Path staging;
  private final long maxBytes;
  private final FetchGuard guard;
  private final Set<String> topNames = new LinkedHashSet<>();
  private final List<Link> links = new ArrayList<>();
  private long bytes;
  private int entries;

  /** Takes an empty directory, the most the files may hold together, and the fetch's guard. */
  StagingTree(Path staging, long maxBytes, FetchGuard guard) throws IOException {
    this.staging = staging.toRealPath();
    this.maxBytes = maxBytes;
    this.guard = guard;
  }

  void directory(String name) throws ArchiveFailure, IOException {
    Path path = place(name);
    try {
      Files.createDirectories(path);
    } catch (FileSystemException e) {
      throw unwritable(name, e);
    }
  }

  void file(String name, InputStream content, boolean executable)
      throws ArchiveFailure, IOException {
    Path path = placeBelow(name);
    try (OutputStream out = create(path)) {
      copy(content, out);
    } catch (FileSystemException e) {
      throw unwritable(name, e);
    }
    if (executable) {
      makeExecutable(path);
    }
  }

  // A name given twice is written twice, as tar does: the last one wins.
  private static OutputStream create(Path path) throws IOException {
    Files.createDirectories(path.getParent());
    return Files.newOutputStream(
        path,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS);
  }

  void symbolicLink(String name, String target) throws ArchiveFailure {
    Path path = placeBelow(name);
    if (target.isEmpty()) {
      throw new ArchiveFailure("entry '" + name + "' is a link to nothing");
    }
    links.add(new Link(name, path, target));
  }

  /** A tar hard link, whose target is named from the top of the archive, as entries are. */
  void hardLink(String name, String target) throws ArchiveFailure, IOException {
    Path path = placeBelow(name);
    Path existing = staging.resolve(target).normalize();
    if (!existing.startsWith(staging)) {
      throw outside(name, target);
    }
    if (!Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS)) {
      throw new ArchiveFailure(
          "entry '" + name + "' links to '" + target + "', which is no file extracted before it");
    }
    try {
      Files.createDirectories(path.getParent());
      Files.createLink(path, existing);
    } catch (FileSystemException e) {
      throw unwritable(name, e);
    }
  }

  void refuse(String name, String kind) throws ArchiveFailure {
    throw new ArchiveFailure("entry '" + name + "' is " + kind + ", which an archive may not hold");
  }

  /**
   * Writes the links and returns the directory that holds the archive's contents: the single top
   * folder when there is one, else the staging directory itself.
   */
  Path finish() throws ArchiveFailure, IOException {
    Path root = singleTopFolder().orElse(staging);
    for (Link link : links) {
      create(link);
      // Checked at once, before a later link could be written through this one.
      verify(link, root);
    }
    // A later link can change where an earlier one leads.
    for (Link link : links) {
      verify(link, root);
    }
    return root;
  }

  int entries() {
    return entries;
  }

  long bytes() {
    return bytes;
  }

  private Path place(String name) throws ArchiveFailure {
    guard.check();
    entries++;
    Path path;
    try {
      path = staging.resolve(name).normalize();
    } catch (InvalidPathException e) {
      throw new ArchiveFailure("entry '" + name + "' has a name no file here can have");
    }
    if (!path.startsWith(staging)) {
      throw new ArchiveFailure("entry '" + name + "' would land outside the target");
    }
    if (!path.equals(staging)) {
      topNames.add(staging.relativize(path).getName(0).toString());
    }
    return path;
  }

  private Path placeBelow(String name) throws ArchiveFailure {
    Path path = place(name);
    if (path.equals(staging)) {
      throw new ArchiveFailure("entry '" + name + "' names the target directory itself");
    }
    return path;
  }

  private void copy(InputStream content, OutputStream out) throws ArchiveFailure, IOException {
    byte[] chunk = new byte[CHUNK];
    for (int count = content.read(chunk); count >= 0; count = content.read(chunk)) {
      // Counted as written, not as declared: a zip bomb lies about its sizes.
      bytes += count;
      if (bytes > maxBytes) {
        throw new ArchiveFailure(
            "the archive holds more than " + maxBytes + " bytes once extracted");
      }
      out.write(chunk, 0, count);
      guard.check();
    }
  }

  // Git's model: a file is executable or not; who may run it follows who may read it.
  private static void makeExecutable(Path path) throws IOException {
    Set<PosixFilePermission> permissions =
        EnumSet.copyOf(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    addIf(permissions, PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE);
    addIf(permissions, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE);
    addIf(permissions, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
    Files.setPosixFilePermissions(path, permissions);
  }

  private static void addIf(
      Set<PosixFilePermission> permissions, PosixFilePermission read, PosixFilePermission run) {
    if (permissions.contains(read)) {
      permissions.add(run);
    }
  }

  private Optional<Path> singleTopFolder() {
    if (topNames.size() != 1) {
      return Optional.empty();
    }
    Path top = staging.resolve(topNames.iterator().next());
    boolean isLink = links.stream().anyMatch(link -> link.path().equals(top));
    return !isLink && Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)
        ? Optional.of(top)
        : Optional.empty();
  }

  private void create(Link link) throws ArchiveFailure, IOException {
    guard.check();
    Path parent = link.path().getParent();
    // Creating the parent through an earlier link would create it wherever that link leads.
    for (Path step = parent; !step.equals(staging); step = step.getParent()) {
      if (Files.isSymbolicLink(step)) {
        throw new ArchiveFailure("entry '" + link.name() + "' lies inside a link");
      }
    }
    try {
      Files.createDirectories(parent);
      Files.createSymbolicLink(link.path(), Path.of(link.target()));
    } catch (InvalidPathException e) {
      throw outside(link.name(), link.target());
    } catch (FileSystemException e) {
      throw unwritable(link.name(), e);
    }
  }

  private void verify(Link link, Path root) throws ArchiveFailure, IOException {
    LinkWalk walk = new LinkWalk(root);
    if (walk.follow(link.path().getParent(), link.target()).isEmpty()) {
      throw outside(link.name(), link.target());
    }
  }

  // The message of the JDK's exception is a path in the hidden staging directory: no help.
  private static ArchiveFailure unwritable(String name, FileSystemException e) {
    String reason =
        e instanceof FileAlreadyExistsException
            ? "another entry of the archive holds its place"
            : Optional.ofNullable(e.getReason()).orElse(e.getClass().getSimpleName());
    return new ArchiveFailure("entry '" + name + "' could not be written: " + reason);
  }

  private static ArchiveFailure outside(String name, String target) {
    return new ArchiveFailure(
        "entry '" + name + "' links to '" + target + "', which would lead outside the target");
  }

  /** One link entry, written once every file is in place. */
  private record Link(String name, Path path, String target) {}

  /** Follows a link's target one name at a time, as the system would, within a root. */
  private static final class LinkWalk {

    private final Path root;
    private int hops;

    LinkWalk(Path root) {
      this.root = root;
    }

    /** Where the target leads from the directory, or empty once a step leaves the root. */
    Optional<Path> follow(Path directory, String target) throws IOException {
      if (++hops > MAX_LINK_HOPS) {
        return Optional.empty();
      }
      Path relative;
      try {
        relative = Path.of(target);
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
      if (relative.isAbsolute()) {
        return Optional.empty();
      }
      Path current = directory;
      for (Path part : relative) {
        Optional<Path> next = step(current, part.toString());
        if (next.isEmpty() || !next.get().startsWith(root)) {
          return Optional.empty();
        }
        current = next.get();
      }
      return Optional.of(current);
    }

    private Optional<Path> step(Path current, String name) throws IOException {
      if (name.isEmpty() || name.equals(".")) {
        return Optional.of(current);
      }
      if (name.equals("..")) {
        return Optional.ofNullable(current.getParent());
      }
      Path next = current.resolve(name);
      if (Files.isSymbolicLink(next)) {
        return follow(current, Files.readSymbolicLink(next).toString());
      }
      return Optional.of(next);
    }
  }
}
