package io.jeto.domain.access;

import java.util.Arrays;
import java.util.Optional;

/** Something a grant lets a user do to an instance, a project's instances or a host. */
public enum Action {
  VIEW("view"),
  CREATE("create"),
  START("start"),
  STOP("stop"),
  PROVISION("provision"),
  RELOAD("reload"),
  RSYNC("rsync"),
  RUN_SCRIPT("runScript"),
  SYNC("sync"),
  DESTROY("destroy"),
  EDIT("edit");

  private final String wireName;

  Action(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<Action> fromWireName(String name) {
    return Arrays.stream(values()).filter(action -> action.wireName.equals(name)).findFirst();
  }
}
