package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ConflictException;
import io.jeto.application.port.in.FieldRules;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.ManageHostsUseCase;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.domain.access.Action;
import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.port.HostRepository;
import io.jeto.domain.port.InstanceRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lists, shows and creates hosts.
 *
 * <p>A user sees a host it holds a grant on, and the host of every instance it may see, since
 * the instance shows its host in full.
 */
public final class ManageHostsService implements ManageHostsUseCase {

  private static final Pattern PROVIDER = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
  private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
  private static final int PARAM_LENGTH = FieldRules.LONG_TEXT_LENGTH;
  private static final Set<String> RESERVED_PARAMS =
      Set.of("VAGRANT_CWD", "VAGRANT_DEFAULT_PROVIDER", "ENVIRONMENT", "VAGRANT_DOTFILE_PATH");

  private final HostRepository hosts;
  private final InstanceRepository instances;
  private final AccessPolicy policy;
  private final AuditTrail audit;

  ManageHostsService(
      HostRepository hosts, InstanceRepository instances, AccessPolicy policy, AuditTrail audit) {
    this.hosts = hosts;
    this.instances = instances;
    this.policy = policy;
    this.audit = audit;
  }

  @Override
  public List<Host> listHosts(Caller caller) {
    Predicate<Host> visible = visibleTo(policy.permissionsOf(caller));
    return hosts.findAll().stream()
        .filter(visible)
        .map(host -> policy.presentHost(caller, host))
        .toList();
  }

  @Override
  public Host getHost(Caller caller, long hostId) {
    return hosts
        .findById(hostId)
        .filter(visibleTo(policy.permissionsOf(caller)))
        .map(host -> policy.presentHost(caller, host))
        .orElseThrow(() -> new NotFoundException("no host " + hostId));
  }

  @Override
  public Host createHost(Caller caller, Supplier<NewHost> request) {
    policy.requireAdministrator(caller);
    NewHost host = request.get();
    validate(host);

    Host created = hosts.add(host);

    record(caller, "create", created);
    return created;
  }

  @Override
  public Host updateHost(Caller caller, long hostId, Supplier<NewHost> request) {
    getHost(caller, hostId);
    policy.requireAdministrator(caller);
    NewHost host = request.get();
    validate(host);
    Host updated =
        hosts
            .update(new Host(hostId, host.name(), host.provider(), host.params()))
            .orElseThrow(() -> new NotFoundException("no host " + hostId));

    record(caller, "update", updated);
    return updated;
  }

  @Override
  public void deleteHost(Caller caller, long hostId) {
    getHost(caller, hostId);
    policy.requireAdministrator(caller);
    List<String> running =
        instances.findAll().stream()
            .filter(instance -> instance.hostId() == hostId)
            .map(instance -> instance.name())
            .toList();
    if (!running.isEmpty()) {
      throw new ConflictException("instances still run on the host: " + String.join(", ", running));
    }
    Host host =
        hosts.findById(hostId).orElseThrow(() -> new NotFoundException("no host " + hostId));

    hosts.delete(hostId);

    record(caller, "delete", host);
  }

  // Parameter values may be credentials: the audit log keeps their names only.
  private void record(Caller caller, String action, Host host) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("name", host.name());
    details.put("provider", host.provider());
    details.put("params", host.sortedParams().keySet().stream().toList());
    audit.record(
        caller,
        action,
        "host",
        Optional.of(host.id()),
        Optional.of(host.name()),
        details,
        AuditTrail.SUCCEEDED);
  }

  /** Hosts with a grant, and the hosts of instances the caller may see, which show them. */
  private Predicate<Host> visibleTo(CallerPermissions permissions) {
    Set<Long> hostsOfVisibleInstances =
        instances.findAll().stream()
            .filter(instance -> permissions.allows(Action.VIEW, instance))
            .map(Instance::hostId)
            .collect(Collectors.toSet());
    return host ->
        hostsOfVisibleInstances.contains(host.id()) || permissions.allows(Action.VIEW, host);
  }

  private static void validate(NewHost host) {
    FieldRules.name("name", host.name());
    if (!PROVIDER.matcher(host.provider()).matches()) {
      throw new InvalidRequestException(
          "provider", "must be a Vagrant provider name such as lxc, docker or virtualbox");
    }
    host.params().keySet().stream()
        .filter(name -> !PARAM_NAME.matcher(name).matches())
        .findFirst()
        .ifPresent(
            name -> {
              throw new InvalidRequestException(
                  "params", "'" + name + "' is not an environment variable name");
            });
    host.params().keySet().stream()
        .filter(name -> name.startsWith("JETO_") || RESERVED_PARAMS.contains(name))
        .findFirst()
        .ifPresent(
            name -> {
              throw new InvalidRequestException(
                  "params", "'" + name + "' is set by Jeto itself and cannot be a host parameter");
            });
    host.params().values().forEach(value -> FieldRules.value("params", value, PARAM_LENGTH));
  }
}
