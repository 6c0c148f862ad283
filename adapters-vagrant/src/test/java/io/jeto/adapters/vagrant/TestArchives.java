package io.jeto.adapters.vagrant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Zip and tar.gz archives built entry by entry, hostile ones included. */
final class TestArchives {

  private TestArchives() {}

  /** The kinds of entry the tests write. */
  enum Kind {
    DIRECTORY,
    FILE,
    SYMBOLIC_LINK,
    HARD_LINK,
    FIFO,
    CHARACTER_DEVICE
  }

  /**
   * One entry, written under its name exactly as given.
   *
   * @param mode the permission bits, such as 0755
   * @param link the target of a link entry, empty otherwise
   */
  record Entry(String name, Kind kind, byte[] content, int mode, String link) {

    static Entry directory(String name) {
      return new Entry(name, Kind.DIRECTORY, new byte[0], 0755, "");
    }

    static Entry file(String name, String content) {
      return new Entry(name, Kind.FILE, content.getBytes(StandardCharsets.UTF_8), 0644, "");
    }

    static Entry executable(String name, String content) {
      return new Entry(name, Kind.FILE, content.getBytes(StandardCharsets.UTF_8), 0755, "");
    }

    static Entry zeros(String name, int size) {
      return new Entry(name, Kind.FILE, new byte[size], 0644, "");
    }

    static Entry symbolicLink(String name, String target) {
      return new Entry(name, Kind.SYMBOLIC_LINK, new byte[0], 0777, target);
    }

    static Entry hardLink(String name, String target) {
      return new Entry(name, Kind.HARD_LINK, new byte[0], 0644, target);
    }

    static Entry fifo(String name) {
      return new Entry(name, Kind.FIFO, new byte[0], 0644, "");
    }

    static Entry characterDevice(String name) {
      return new Entry(name, Kind.CHARACTER_DEVICE, new byte[0], 0644, "");
    }
  }

  /** A zip with Unix modes; a link's target is its content, as Info-ZIP writes it. */
  static byte[] zip(Entry... entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      for (Entry entry : entries) {
        ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.name());
        byte[] content = entry.content();
        switch (entry.kind()) {
          case DIRECTORY -> zipEntry.setUnixMode(0040000 | entry.mode());
          case FILE -> zipEntry.setUnixMode(0100000 | entry.mode());
          case SYMBOLIC_LINK -> {
            zipEntry.setUnixMode(0120000 | entry.mode());
            content = entry.link().getBytes(StandardCharsets.UTF_8);
          }
          case FIFO -> zipEntry.setUnixMode(0010000 | entry.mode());
          case CHARACTER_DEVICE -> zipEntry.setUnixMode(0020000 | entry.mode());
          case HARD_LINK -> throw new IllegalArgumentException("a zip has no hard links");
        }
        zip.putArchiveEntry(zipEntry);
        zip.write(content);
        zip.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A gzip-compressed POSIX tar; absolute names are kept as written. */
  static byte[] tarGz(Entry... entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Entry entry : entries) {
        TarArchiveEntry tarEntry = new TarArchiveEntry(entry.name(), flag(entry.kind()), true);
        tarEntry.setMode(typeBits(entry.kind()) | entry.mode());
        tarEntry.setLinkName(entry.link());
        tarEntry.setSize(entry.kind() == Kind.FILE ? entry.content().length : 0);
        tar.putArchiveEntry(tarEntry);
        if (entry.kind() == Kind.FILE) {
          tar.write(entry.content());
        }
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte flag(Kind kind) {
    return switch (kind) {
      case DIRECTORY -> TarConstants.LF_DIR;
      case FILE -> TarConstants.LF_NORMAL;
      case SYMBOLIC_LINK -> TarConstants.LF_SYMLINK;
      case HARD_LINK -> TarConstants.LF_LINK;
      case FIFO -> TarConstants.LF_FIFO;
      case CHARACTER_DEVICE -> TarConstants.LF_CHR;
    };
  }

  private static int typeBits(Kind kind) {
    return switch (kind) {
      case DIRECTORY -> 0040000;
      case SYMBOLIC_LINK -> 0120000;
      case FIFO -> 0010000;
      case CHARACTER_DEVICE -> 0020000;
      case FILE, HARD_LINK -> 0100000;
    };
  }
}
