package io.jeto.bootstrap.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A stand-in {@code vagrant} for the browser tests: it keeps each machine's state in a file of the
 * environment, so that the UI shows real transitions without real machines.
 *
 * <p>The machines are the names listed in the environment's {@code .fake-machines} ({@code default}
 * when there is none). {@code up} makes them running with an address, {@code halt} stopped, {@code
 * destroy} not created, {@code ssh MACHINE -c CMD} runs CMD here. The host param {@code
 * FAKE_UP_SECONDS} slows {@code up}, and {@code up} prints ANSI colours.
 */
final class UiFakeVagrant {

  private static final String SCRIPT =
      """
      #!/bin/bash
      machines=$(cat .fake-machines 2>/dev/null || echo default)
      echo $$ >> .fake-pids
      state_of() { cat ".fake-state-$1" 2>/dev/null || echo not_created; }
      human() { case "$1" in not_created) echo "not created";; *) echo "$1";; esac; }
      # The machine named after the action, or all of them.
      targets() {
        for argument in "$@"; do
          case "$argument" in -*) ;; *) echo "$argument"; return;; esac
        done
        echo "$machines"
      }
      action=$1; shift
      case "$action" in
        status)
          for m in $machines; do
            s=$(state_of "$m")
            echo "1796399582,$m,metadata,provider,lxc"
            echo "1796399582,$m,provider-name,lxc"
            echo "1796399582,$m,state,$s"
            echo "1796399582,$m,state-human-short,$(human "$s")"
          done
          ;;
        ssh-config)
          m=${2:-$1}
          [ "$(state_of "$m")" = running ] || { echo "not running" >&2; exit 1; }
          n=0; for x in $machines; do n=$((n + 1)); [ "$x" = "$m" ] && break; done
          printf 'Host %s\\n  HostName 10.0.3.%d\\n  User vagrant\\n' "$m" $((76 + n))
          ;;
        up)
          for m in $(targets "$@"); do
            printf '\\033[1;32mBringing machine %s up\\033[0m with \\033[36mlxc\\033[0m provider...\\n' "'$m'"
          done
          # Killed while waiting (a cancel): stop there, as a tool whose child died would.
          sleep "${FAKE_UP_SECONDS:-0}" || exit 143
          for m in $(targets "$@"); do
            echo running > ".fake-state-$m"
            echo "==> $m: Machine booted and ready!"
          done
          ;;
        halt)
          for m in $(targets "$@"); do
            echo "==> $m: Attempting graceful shutdown of VM..."
            echo stopped > ".fake-state-$m"
          done
          ;;
        destroy)
          for m in $(targets "$@"); do
            echo "==> $m: Destroying VM and associated drives..."
            rm -f ".fake-state-$m"
          done
          ;;
        ssh)
          m=$1; shift
          [ "$(state_of "$m")" = running ] || { echo "VM must be running" >&2; exit 1; }
          [ "$1" = "-c" ] || { echo "expected -c" >&2; exit 2; }
          exec /bin/sh -c "$2"
          ;;
        *)
          for m in $(targets "$@"); do echo "==> $m: $action done"; done
          ;;
      esac
      """;

  private UiFakeVagrant() {}

  static Path write(Path directory) {
    try {
      Path file = directory.resolve("vagrant");
      Files.writeString(file, SCRIPT);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
