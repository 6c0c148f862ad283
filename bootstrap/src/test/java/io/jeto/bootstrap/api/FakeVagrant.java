package io.jeto.bootstrap.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A stand-in {@code vagrant} script, for the failures the real one cannot be made to show. */
final class FakeVagrant {

  private FakeVagrant() {}

  /** Answers every call like a never-created single machine. */
  static Path notCreated(Path directory) {
    return write(
        directory,
        """
        #!/bin/sh
        echo '1796399582,default,metadata,provider,lxc'
        echo '1796399582,default,provider-name,lxc'
        echo '1796399582,default,state,not_created'
        echo '1796399582,default,state-human-short,not created'
        """);
  }

  /** Never answers, so that only the timeout ends it. */
  static Path hanging(Path directory) {
    return write(directory, "#!/bin/sh\nsleep 600\n");
  }

  private static Path write(Path directory, String script) {
    try {
      Path file = directory.resolve("vagrant");
      Files.writeString(file, script);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
