package io.jeto.application.service;

import io.jeto.application.port.in.ForbiddenException;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.domain.access.Action;
import io.jeto.domain.command.CommandAction;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.port.InstanceRepository;

/**
 * Finds an instance for a caller: one it may not see does not exist for it (404), one it may
 * see but not act on is forbidden (403).
 */
final class VisibleInstances {

  private final InstanceRepository instances;

  VisibleInstances(InstanceRepository instances) {
    this.instances = instances;
  }

  Instance find(CallerPermissions permissions, long instanceId) {
    return instances
        .findById(instanceId)
        .filter(instance -> permissions.allows(Action.VIEW, instance))
        .orElseThrow(() -> new NotFoundException("no instance " + instanceId));
  }

  Instance findFor(CallerPermissions permissions, long instanceId, Action action) {
    Instance instance = find(permissions, instanceId);
    if (!permissions.allows(action, instance)) {
      throw new ForbiddenException("this key may not " + action.wireName() + " this instance");
    }
    return instance;
  }

  /** The grant a command's action needs; reading the status needs only the view. */
  static Action requiredFor(CommandAction action) {
    return switch (action) {
      case CREATE -> Action.CREATE;
      case START -> Action.START;
      case STOP -> Action.STOP;
      case PROVISION -> Action.PROVISION;
      case RELOAD -> Action.RELOAD;
      case RSYNC -> Action.RSYNC;
      case STATUS -> Action.VIEW;
      case RUN_SCRIPT -> Action.RUN_SCRIPT;
      case SYNC -> Action.SYNC;
      case DESTROY, DELETE -> Action.DESTROY;
    };
  }
}
