package io.jeto.adapters.rest;

import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.domain.access.Action;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads lists of action names such as {@code ["view", "start"]}, naming an unknown one. */
final class ActionNames {

  private ActionNames() {}

  static Set<Action> parse(String field, List<String> names) {
    if (names.isEmpty()) {
      throw new InvalidRequestException(field, "must name at least one action");
    }
    Set<Action> actions = EnumSet.noneOf(Action.class);
    for (String name : names) {
      actions.add(
          Action.fromWireName(name)
              .orElseThrow(
                  () -> new InvalidRequestException(field, "unknown action '" + name + "'")));
    }
    return actions;
  }
}
