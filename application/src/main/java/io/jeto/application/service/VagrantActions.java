package io.jeto.application.service;

import io.jeto.domain.command.Command;
import java.util.ArrayList;
import java.util.List;

/** The Vagrant arguments of each action (API.md's table); no shell ever sees them. */
final class VagrantActions {

  private VagrantActions() {}

  /** The arguments after {@code vagrant}, without the script text of {@code runScript}. */
  static List<String> arguments(Command command) {
    List<String> arguments =
        new ArrayList<>(
            switch (command.action()) {
              case START -> List.of("up");
              case STOP -> List.of("halt");
              case PROVISION -> List.of("provision");
              case RELOAD -> List.of("reload");
              case RSYNC -> List.of("rsync");
              case STATUS -> List.of("status", "--machine-readable");
              case DESTROY, DELETE -> List.of("destroy", "-f");
              case RUN_SCRIPT -> List.of("ssh");
              case CREATE, SYNC ->
                  throw new IllegalArgumentException("not a Vagrant action: " + command.action());
            });
    // Machine names were matched against the environment's machines, none starting with '-'.
    command.machine().ifPresent(arguments::add);
    return List.copyOf(arguments);
  }
}
