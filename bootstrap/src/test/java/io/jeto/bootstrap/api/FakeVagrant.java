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

  /**
   * Acts like Vagrant on one machine named {@code default}, keeping its state in a file of the
   * environment: {@code up} makes it running, {@code halt} stopped, {@code destroy} not created,
   * {@code ssh default -c CMD} runs CMD here. {@code FAKE_UP_SECONDS} in the environment of the
   * host slows {@code up}, {@code FAKE_UP_LINES} ({@code 5000lines}: host parameters are masked
   * in consoles, so the value must not be a line of the output) makes it print that many lines,
   * and {@code
   * FAKE_EXIT} makes every action fail with that code. Each call's pid is kept in {@code
   * .fake-pids} so that tests can check no process outlives its command.
   */
  static Path stateful(Path directory) {
    return write(
        directory,
        """
        #!/bin/bash
        state_file=.fake-state
        state=$(cat "$state_file" 2>/dev/null || echo not_created)
        echo $$ >> .fake-pids
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
            printf 'Host default\n  HostName 10.0.3.77\n  User vagrant\n'
            ;;
          up)
            [ -n "$FAKE_EXIT" ] && { echo "failing on purpose" >&2; exit "$FAKE_EXIT"; }
            echo "Bringing machine 'default' up with 'lxc' provider..."
            if [ -n "$FAKE_UP_LINES" ]; then
              seq -f 'flood line %.0f' 1 "${FAKE_UP_LINES%lines}"
            fi
            sleep "${FAKE_UP_SECONDS:-0}"
            echo running > "$state_file"
            echo "==> default: Machine booted and ready!"
            ;;
          halt)
            echo "==> default: Attempting graceful shutdown of VM..."
            echo stopped > "$state_file"
            ;;
          destroy)
            echo "==> default: Destroying VM and associated drives..."
            rm -f "$state_file"
            ;;
          ssh)
            [ "$state" = running ] || { echo "VM must be running" >&2; exit 1; }
            shift
            machine=$1; shift
            [ "$1" = "-c" ] || { echo "expected -c" >&2; exit 2; }
            exec /bin/sh -c "$2"
            ;;
          *)
            echo "==> default: $1 done"
            ;;
        esac
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
