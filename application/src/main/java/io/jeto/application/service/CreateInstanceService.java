package io.jeto.application.service;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.CreateInstanceCommand;
import io.jeto.application.port.in.CreateInstanceUseCase;
import io.jeto.application.port.in.ForbiddenException;
import io.jeto.application.port.in.InstanceDetails;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.domain.access.Action;
import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.Command;
import io.jeto.domain.command.CommandAction;
import io.jeto.domain.command.CommandOutcome;
import io.jeto.domain.command.CommandState;
import io.jeto.domain.command.ConsoleLine;
import io.jeto.domain.command.NewCommand;
import io.jeto.domain.host.Host;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.NewInstance;
import io.jeto.domain.instance.SourceUrls;
import io.jeto.domain.port.ArchiveFetcher;
import io.jeto.domain.port.CommandEvents;
import io.jeto.domain.port.CommandRepository;
import io.jeto.domain.port.ConsoleRepository;
import io.jeto.domain.port.GitRepositories;
import io.jeto.domain.port.GitUnavailableException;
import io.jeto.domain.port.HostRepository;
import io.jeto.domain.port.InstanceRepository;
import io.jeto.domain.port.ProjectRepository;
import io.jeto.domain.port.VagrantEnvironmentReader;
import io.jeto.domain.project.Project;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes an environment from a project's git reference or from an archive.
 *
 * <p>The clone or download is the instance's first command, with its console, and the request
 * waits for it: when it fails, the instance, its command and its workspace are removed and the
 * caller reads the end of the output in the error, so that no half-made instance is left.
 */
public final class CreateInstanceService implements CreateInstanceUseCase {

  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._/][A-Za-z0-9._/+-]{0,199}");
  private static final int OUTPUT_LINES_IN_ERROR = 15;

  private final Ports ports;
  private final Workspaces workspaces;
  private final InstanceDetailsAssembler assembler;
  private final AccessPolicy policy;
  private final ConsoleNotifier notifier;
  private final CommandSettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  /** The out-ports a creation touches. */
  record Ports(
      InstanceRepository instances,
      HostRepository hosts,
      ProjectRepository projects,
      CommandRepository commands,
      ConsoleRepository consoles,
      GitRepositories git,
      ArchiveFetcher archives,
      VagrantEnvironmentReader environments,
      CommandEvents events) {}

  CreateInstanceService(
      Ports ports,
      Workspaces workspaces,
      InstanceDetailsAssembler assembler,
      AccessPolicy policy,
      ConsoleNotifier notifier,
      CommandSettings settings,
      AuditTrail audit,
      Clock clock) {
    this.ports = ports;
    this.workspaces = workspaces;
    this.assembler = assembler;
    this.policy = policy;
    this.notifier = notifier;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public InstanceDetails createInstance(Caller caller, CreateInstanceCommand command) {
    CallerPermissions permissions = policy.permissionsOf(caller);
    Optional<Project> project = command.projectId().map(this::project);
    requireCreateRight(permissions, project);
    Host host =
        ports
            .hosts()
            .findById(command.hostId())
            .orElseThrow(() -> new InvalidRequestException("host", "no host " + command.hostId()));
    Source source = source(command, project);
    Path target =
        workspaces.allocate(
            project.map(Project::name).orElse("_archives"), command.name(), source.label());

    NewInstance candidate =
        new NewInstance(
            command.name(),
            target,
            command.archiveUrl(),
            command.gitReference(),
            command.environment(),
            host.id(),
            command.projectId(),
            true);
    Instance instance = ports.instances().add(candidate, EnvironmentStatus.unknown());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put(
        source.field(),
        source.gitAddress().isPresent()
            ? source.label()
            : SourceUrls.withoutPassword(source.archive().toString()));
    details.put("host", host.id());
    details.put("environment", command.environment());
    try {
      Instance created = populate(caller, instance, host, source);
      record(caller, created, details, AuditTrail.SUCCEEDED);
      return assembler.assemble(caller, created, host);
    } catch (RuntimeException e) {
      discard(instance);
      record(caller, instance, details, "failed");
      throw e;
    }
  }

  private void record(
      Caller caller, Instance instance, Map<String, Object> details, String outcome) {
    audit.record(
        caller,
        "create",
        "instance",
        Optional.of(instance.id()),
        Optional.of(instance.name()),
        details,
        outcome);
  }

  /** Where the environment comes from, checked before anything is written. */
  private record Source(String field, String label, Optional<String> gitAddress, URI archive) {}

  private Source source(CreateInstanceCommand command, Optional<Project> project) {
    if (command.gitReference().isPresent()) {
      String reference = command.gitReference().get();
      if (!REFERENCE.matcher(reference).matches() || reference.contains("..")) {
        throw new InvalidRequestException("git_reference", "is not a branch or tag name");
      }
      String address =
          project
              .orElseThrow(() -> new InvalidRequestException("project", "is required with git"))
              .gitAddress()
              .orElseThrow(() -> new InvalidRequestException("project", "has no git_address"));
      requireReference(address, reference);
      return new Source("git_reference", reference, Optional.of(address), null);
    }
    return new Source("archive_url", "archive", Optional.empty(), archive(command.archiveUrl()));
  }

  private void requireReference(String address, String reference) {
    List<String> names;
    try {
      names =
          ports.git().references(address, settings.statusTimeout()).stream()
              .map(found -> found.name())
              .toList();
    } catch (GitUnavailableException e) {
      throw new InvalidRequestException(
          "project", "its repository cannot be read: " + e.getMessage());
    }
    if (!names.contains(reference)) {
      throw new InvalidRequestException(
          "git_reference", "no branch or tag '" + reference + "' in the project's repository");
    }
  }

  private static URI archive(Optional<String> url) {
    try {
      URI uri = new URI(url.orElseThrow());
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new InvalidRequestException("archive_url", "must be an http or https URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new InvalidRequestException("archive_url", "is not a URL: " + e.getReason());
    }
  }

  private Instance populate(Caller caller, Instance instance, Host host, Source source) {
    Command command =
        ports
            .commands()
            .add(
                new NewCommand(
                    instance.id(),
                    CommandAction.CREATE,
                    Optional.empty(),
                    Optional.empty(),
                    caller.user().name(),
                    clock.instant()));
    ports.commands().markRunning(command.id(), clock.instant());
    ports.events().started(command);

    CommandOutcome outcome;
    List<String> secrets = List.copyOf(host.params().values());
    try (ConsoleRecorder console =
        new ConsoleRecorder(command.id(), ports.consoles(), notifier, secrets)) {
      console.jeto(
          "creating " + instance.path() + " from " + source.field() + " " + describe(source));
      outcome = fetch(instance.path(), source, console);
      console.jeto(verdict(outcome));
    } finally {
      notifier.ended(command.id());
    }
    CommandState state = outcome.succeeded() ? CommandState.SUCCEEDED : CommandState.FAILED;
    Optional<Integer> exitCode =
        outcome.exitCode() >= 0 ? Optional.of(outcome.exitCode()) : Optional.empty();
    ports.commands().finish(command.id(), state, exitCode, clock.instant());
    ports.events().finished(ports.commands().findById(command.id()).orElse(command));

    if (!outcome.succeeded()) {
      throw new InvalidRequestException(source.field(), "could not be fetched:\n" + tail(command));
    }
    if (!Files.isRegularFile(instance.path().resolve("Vagrantfile"))) {
      throw new InvalidRequestException(source.field(), "holds no Vagrantfile at its top");
    }
    EnvironmentStatus status =
        ports.environments().status(VagrantCalls.forInstance(instance, host));
    ports.instances().updateStatus(instance.id(), status);
    return instance.withStatus(status);
  }

  private CommandOutcome fetch(Path target, Source source, ConsoleRecorder console) {
    CancelSignal never = new CancelSignal();
    if (source.gitAddress().isPresent()) {
      return ports
          .git()
          .cloneReference(
              source.gitAddress().get(),
              source.label(),
              target,
              settings.otherTimeout(),
              console,
              never);
    }
    return ports
        .archives()
        .fetch(source.archive(), target, settings.otherTimeout(), console, never);
  }

  private String verdict(CommandOutcome outcome) {
    if (outcome.succeeded()) {
      return "created";
    }
    if (outcome.timedOut()) {
      return "did not finish within " + settings.otherTimeout().toSeconds() + " s and was stopped";
    }
    return outcome.failure().orElse("failed with exit code " + outcome.exitCode());
  }

  private String tail(Command command) {
    List<ConsoleLine> lines = ports.consoles().readAfter(command.id(), 0, Integer.MAX_VALUE);
    return lines.subList(Math.max(0, lines.size() - OUTPUT_LINES_IN_ERROR), lines.size()).stream()
        .map(ConsoleLine::text)
        .collect(Collectors.joining("\n"));
  }

  private void discard(Instance instance) {
    workspaces.remove(instance.path());
    ports.instances().delete(instance.id());
  }

  private void requireCreateRight(CallerPermissions permissions, Optional<Project> project) {
    boolean allowed =
        permissions.isAdministrator()
            || project
                .map(found -> permissions.allowsProject(Action.CREATE, found.id()))
                .orElse(false);
    if (!allowed) {
      throw new ForbiddenException("this key may not create instances here");
    }
  }

  private Project project(long projectId) {
    return ports
        .projects()
        .findById(projectId)
        .orElseThrow(() -> new InvalidRequestException("project", "no project " + projectId));
  }

  private static String describe(Source source) {
    return source.gitAddress().isPresent()
        ? source.label()
        : SourceUrls.withoutPassword(source.archive().toString());
  }
}
