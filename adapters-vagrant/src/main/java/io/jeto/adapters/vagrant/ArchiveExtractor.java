package io.jeto.adapters.vagrant;

import io.jeto.domain.command.ConsoleSink;
import io.jeto.domain.command.ConsoleStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks a downloaded zip or tar.gz into a staging directory; the format is read from the file's
 * first bytes, never from its name.
 */
final class ArchiveExtractor {

  private static final int FILE_TYPE_MASK = 0170000;
  private static final int REGULAR_FILE = 0100000;
  private static final int DIRECTORY = 0040000;
  private static final int ANY_EXECUTE = 0111;
  private static final int MAX_LINK_TARGET_BYTES = 4096;

  private final long maxExtractedBytes;

  ArchiveExtractor(long maxExtractedBytes) {
    this.maxExtractedBytes = maxExtractedBytes;
  }

  /** The formats told apart by their magic numbers. */
  private enum Format {
    ZIP("zip"),
    TAR_GZ("tar.gz");

    private final String label;

    Format(String label) {
      this.label = label;
    }
  }

  /**
   * Extracts the archive and returns the directory that holds its contents: the staging directory,
   * or the single top folder inside it.
   */
  Path extract(Path archive, Path staging, FetchGuard guard, ConsoleSink console)
      throws ArchiveFailure {
    try {
      Format format = formatOf(archive);
      console.line(ConsoleStream.JETO, "extracting the " + format.label + " archive");
      StagingTree tree = new StagingTree(staging, maxExtractedBytes, guard);
      if (format == Format.ZIP) {
        extractZip(archive, tree);
      } else {
        extractTarGz(archive, tree);
      }
      // A gzip with anything but a tar inside reads as a tar without entries.
      if (tree.entries() == 0) {
        throw new ArchiveFailure("the " + format.label + " archive holds no entries");
      }
      Path root = tree.finish();
      console.line(
          ConsoleStream.JETO,
          "extracted " + tree.entries() + " entries, " + tree.bytes() + " bytes");
      if (!root.equals(staging.toRealPath())) {
        console.line(
            ConsoleStream.JETO, "its single top folder '" + root.getFileName() + "' is flattened");
      }
      return root;
    } catch (IOException e) {
      guard.check();
      throw new ArchiveFailure("could not extract the archive: " + e.getMessage());
    }
  }

  private static Format formatOf(Path archive) throws IOException, ArchiveFailure {
    byte[] magic;
    try (InputStream in = Files.newInputStream(archive)) {
      magic = in.readNBytes(4);
    }
    if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
      return Format.ZIP;
    }
    if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
      return Format.TAR_GZ;
    }
    throw new ArchiveFailure("the download is not a zip or tar.gz archive");
  }

  private static void extractZip(Path archive, StagingTree tree)
      throws IOException, ArchiveFailure {
    try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        String name = entry.getName();
        int mode = entry.getUnixMode();
        int type = mode & FILE_TYPE_MASK;
        if (entry.isUnixSymlink()) {
          tree.symbolicLink(name, linkTarget(zip, entry));
        } else if (entry.isDirectory() || type == DIRECTORY) {
          tree.directory(name);
        } else if (type != 0 && type != REGULAR_FILE) {
          tree.refuse(name, "a device, a fifo or a socket");
        } else {
          try (InputStream content = zip.getInputStream(entry)) {
            tree.file(name, content, (mode & ANY_EXECUTE) != 0);
          }
        }
      }
    }
  }

  // A zip keeps a link's target as the entry's content, which could be of any size.
  private static String linkTarget(ZipFile zip, ZipArchiveEntry entry)
      throws IOException, ArchiveFailure {
    try (InputStream content = zip.getInputStream(entry)) {
      byte[] target = content.readNBytes(MAX_LINK_TARGET_BYTES + 1);
      if (target.length > MAX_LINK_TARGET_BYTES) {
        throw new ArchiveFailure("entry '" + entry.getName() + "' is a link with a huge target");
      }
      return new String(target, StandardCharsets.UTF_8);
    }
  }

  private static void extractTarGz(Path archive, StagingTree tree)
      throws IOException, ArchiveFailure {
    try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
        InputStream gzip =
            GzipCompressorInputStream.builder()
                .setInputStream(file)
                .setDecompressConcatenated(true)
                .get();
        TarArchiveInputStream tar = new TarArchiveInputStream(gzip)) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        extractTarEntry(tar, entry, tree);
      }
    }
  }

  private static void extractTarEntry(
      TarArchiveInputStream tar, TarArchiveEntry entry, StagingTree tree)
      throws IOException, ArchiveFailure {
    String name = entry.getName();
    if (entry.isSymbolicLink()) {
      tree.symbolicLink(name, entry.getLinkName());
    } else if (entry.isLink()) {
      tree.hardLink(name, entry.getLinkName());
    } else if (entry.isDirectory()) {
      tree.directory(name);
    } else if (entry.isCharacterDevice() || entry.isBlockDevice()) {
      tree.refuse(name, "a device");
    } else if (entry.isFIFO()) {
      tree.refuse(name, "a fifo");
    } else if (entry.isFile()) {
      tree.file(name, tar, (entry.getMode() & ANY_EXECUTE) != 0);
    } else {
      tree.refuse(name, "of an unknown kind");
    }
  }
}
