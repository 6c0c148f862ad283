package io.jeto.adapters.vagrant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Bash stand-ins for vagrant (or git), for what the real one cannot be made to do on cue. */
final class FakeVagrant {

  private FakeVagrant() {}

  /** Writes an executable bash script with that body and returns its path. */
  static Path script(Path dir, String name, String body) {
    Path script = dir.resolve(name);
    try {
      Files.writeString(script, "#!/bin/bash\n" + body + "\n");
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return script;
  }

  /** A line of bash that prints the fixture on the given stream, 1 or 2. */
  static String print(String fixture, int stream) {
    return "cat '" + Fixtures.path(fixture) + "' >&" + stream;
  }
}
