package io.jeto.domain.command;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a command does to an instance; the table of actions in API.md, plus creation. */
public enum CommandAction {
  CREATE("create", false),
  START("start", true),
  STOP("stop", true),
  PROVISION("provision", true),
  RELOAD("reload", true),
  RSYNC("rsync", true),
  STATUS("status", true),
  RUN_SCRIPT("runScript", false),
  SYNC("sync", false),
  DESTROY("destroy", true),
  /** {@code vagrant destroy -f}, then the instance's record and the workspace Jeto made. */
  DELETE("delete", true);

  private final String wireName;
  private final boolean changesMachines;

  CommandAction(String wireName, boolean changesMachines) {
    this.wireName = wireName;
    this.changesMachines = changesMachines;
  }

  public String wireName() {
    return wireName;
  }

  /** Whether the stored status must be measured again once the command ends. */
  public boolean changesMachines() {
    return changesMachines;
  }

  public static Optional<CommandAction> fromWireName(String name) {
    return Arrays.stream(values()).filter(action -> action.wireName.equals(name)).findFirst();
  }

  /** The actions a client may request as commands; the other two come with instances. */
  public static List<CommandAction> requestable() {
    return Arrays.stream(values()).filter(action -> action != CREATE && action != DELETE).toList();
  }
}
