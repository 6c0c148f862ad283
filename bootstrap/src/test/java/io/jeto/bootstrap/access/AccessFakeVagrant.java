package io.jeto.bootstrap.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A stand-in {@code vagrant} for one machine named {@code default}, keeping its state in the
 * environment's directory, so that commands finish in milliseconds. {@code up} in a directory
 * holding a {@code .slow} file sleeps until it is cancelled. Every call appends its directory and
 * arguments to {@code vagrant-calls.log} beside the script, so that a test can tell that a refused
 * request ran nothing.
 */
final class AccessFakeVagrant {

  static final String SLOW_MARKER = ".slow";
  private static final String LOG = "vagrant-calls.log";

  private AccessFakeVagrant() {}

  static Path write(Path directory) {
    Path log = directory.resolve(LOG).toAbsolutePath();
    String script =
        """
        #!/bin/bash
        echo "$PWD $*" >> '%s'
        state_file=.fake-state
        state=$(cat "$state_file" 2>/dev/null || echo not_created)
        human() { case "$1" in not_created) echo "not created";; *) echo "$1";; esac; }
        case "$1" in
          status)
            echo "1796399582,default,metadata,provider,lxc"
            echo "1796399582,default,provider-name,lxc"
            echo "1796399582,default,state,$state"
            echo "1796399582,default,state-human-short,$(human "$state")"
            ;;
          ssh-config)
            [ "$state" = running ] || { echo "not running" >&2; exit 1; }
            printf 'Host default\\n  HostName 10.0.3.77\\n  User vagrant\\n'
            ;;
          up)
            echo "Bringing machine 'default' up with 'lxc' provider..."
            [ -f %s ] && sleep 600
            echo running > "$state_file"
            echo "==> default: Machine booted and ready!"
            ;;
          halt)
            echo stopped > "$state_file"
            ;;
          destroy)
            rm -f "$state_file"
            ;;
          ssh)
            [ "$state" = running ] || { echo "VM must be running" >&2; exit 1; }
            shift; shift
            [ "$1" = "-c" ] || { echo "expected -c" >&2; exit 2; }
            exec /bin/sh -c "$2"
            ;;
          *)
            echo "==> default: $1 done"
            ;;
        esac
        """
            .formatted(log, SLOW_MARKER);
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve("vagrant");
      Files.writeString(file, script);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
      Files.writeString(log, "");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The calls logged so far, one {@code <directory> <arguments>} line each. */
  static List<String> calls(Path directory) {
    try {
      return Files.readAllLines(directory.resolve(LOG));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a logged call could change a machine: anything but reading its state. */
  static boolean changesMachines(String call) {
    String[] parts = call.split(" ");
    String verb = parts.length > 1 ? parts[1] : "";
    return !verb.equals("status") && !verb.equals("ssh-config");
  }
}
