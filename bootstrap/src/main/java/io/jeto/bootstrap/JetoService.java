package io.jeto.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.webserver.WebServer;
import io.jeto.adapters.persistence.JdbiPersistence;
import io.jeto.adapters.persistence.ParamKeys;
import io.jeto.adapters.rest.ApiUseCases;
import io.jeto.adapters.rest.JetoRouting;
import io.jeto.adapters.rest.JsonMapping;
import io.jeto.adapters.vagrant.CliGitRepositories;
import io.jeto.adapters.vagrant.CliVagrantCommandRunner;
import io.jeto.adapters.vagrant.CliVagrantEnvironmentReader;
import io.jeto.adapters.vagrant.HttpArchiveFetcher;
import io.jeto.application.service.CommandSettings;
import io.jeto.application.service.JetoUseCases;
import io.jeto.application.service.WorkspaceRoots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One running Jeto: its database, its use cases and its web server, started and stopped. */
public final class JetoService implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(JetoService.class.getName());

  /** How long a stopped process tree gets between TERM and KILL. */
  private static final Duration KILL_GRACE = Duration.ofSeconds(10);

  private final JdbiPersistence persistence;
  private final JetoUseCases useCases;
  private final WebServer server;
  private final Optional<String> generatedAdminKey;

  private JetoService(
      JdbiPersistence persistence,
      JetoUseCases useCases,
      WebServer server,
      Optional<String> generatedAdminKey) {
    this.persistence = persistence;
    this.useCases = useCases;
    this.server = server;
    this.generatedAdminKey = generatedAdminKey;
  }

  /** Opens (and migrates) the database, wires every port and starts listening. */
  public static JetoService start(JetoConfig config) {
    createDirectories(config);
    Clock clock = Clock.systemUTC();
    JdbiPersistence persistence =
        JdbiPersistence.open(
            config.databaseUrl().orElseGet(() -> JdbiPersistence.fileUrl(config.dataDir())),
            paramKey(config));
    JetoUseCases useCases = null;
    try {
      useCases = useCases(config, persistence, clock);
      Optional<String> generatedKey =
          useCases.ensureAdministrator().ensureAdministrator(config.adminKey());
      JetoUseCases.Recovered recovered = useCases.start();
      if (recovered.interrupted() + recovered.requeued() > 0) {
        LOG.log(
            Level.WARNING,
            "{0} command(s) were running when Jeto last stopped and are now interrupted;"
                + " {1} queued command(s) run again",
            recovered.interrupted(),
            recovered.requeued());
      }
      WebServer server = webServer(config, useCases).start();
      if (!server.isRunning()) {
        throw new IllegalStateException(
            "cannot listen on " + config.bind() + ":" + config.port() + " (see the log above)");
      }

      LOG.log(
          Level.INFO,
          "Jeto listening on http://{0}:{1,number,#}, data in {2}, instance roots {3}",
          config.bind(),
          server.port(),
          config.dataDir(),
          config.roots());
      return new JetoService(persistence, useCases, server, generatedKey);
    } catch (RuntimeException e) {
      if (useCases != null) {
        useCases.close();
      }
      persistence.close();
      throw e;
    }
  }

  public int port() {
    return server.port();
  }

  /** The first administrator's key when this start made one up; shown to the operator once. */
  public Optional<String> generatedAdminKey() {
    return generatedAdminKey;
  }

  /**
   * Stops accepting requests, stops running commands (they end as interrupted), then closes the
   * database.
   */
  @Override
  public void close() {
    LOG.log(Level.INFO, "Jeto stopping");
    server.stop();
    useCases.close();
    persistence.close();
  }

  private static JetoUseCases useCases(
      JetoConfig config, JdbiPersistence persistence, Clock clock) {
    JetoUseCases.Ports ports =
        new JetoUseCases.Ports(
            persistence.instances(),
            persistence.hosts(),
            persistence.projects(),
            persistence.users(),
            persistence.apiKeys(),
            persistence.grants(),
            persistence.teams(),
            persistence.auditLog(),
            persistence.commands(),
            persistence.consoles(config.consoleMaxBytes()),
            new CliVagrantEnvironmentReader(config.vagrant(), config.statusTimeout(), clock),
            new CliVagrantCommandRunner(config.vagrant(), KILL_GRACE),
            new CliGitRepositories(config.git(), KILL_GRACE),
            new HttpArchiveFetcher(config.archiveMaxBytes(), 4 * config.archiveMaxBytes()),
            new LoggingCommandEvents());
    CommandSettings settings =
        new CommandSettings(
            config.maxCommands(),
            config.statusTimeout(),
            config.longTimeout(),
            config.otherTimeout(),
            config.dataDir().resolve("workspaces"));
    // The workspaces Jeto creates are always a root, so that their paths pass every check.
    List<Path> roots = new ArrayList<>(config.roots());
    roots.add(settings.workspaces());
    return new JetoUseCases(ports, new WorkspaceRoots(roots), settings, clock);
  }

  private static WebServer webServer(JetoConfig config, JetoUseCases useCases) {
    ObjectMapper mapper = JsonMapping.objectMapper();
    ApiUseCases api =
        new ApiUseCases(
            useCases.authenticateCaller(),
            useCases.listInstances(),
            useCases.getInstance(),
            useCases.registerInstance(),
            useCases.createInstance(),
            useCases.manageInstance(),
            useCases.runCommand(),
            useCases.readCommands(),
            useCases.cancelCommand(),
            useCases.manageHosts(),
            useCases.manageProjects(),
            useCases.createUser(),
            useCases.grantAccess(),
            useCases.manageUsers(),
            useCases.manageTeams(),
            useCases.manageGrants(),
            useCases.manageApiKeys(),
            useCases.readAuditLog());
    return WebServer.builder()
        .host(config.bind())
        .port(config.port())
        // Main stops the server itself, before the database, so requests never outlive it.
        .shutdownHook(false)
        .maxPayloadSize(2 * JetoRouting.MAX_BODY_BYTES)
        .mediaContext(MediaContext.builder().addMediaSupport(JacksonSupport.create(mapper)).build())
        .directHandlers(JetoRouting.directHandlers(mapper))
        .routing(routing -> JetoRouting.routing(routing, api, mapper))
        .build();
  }

  private static byte[] paramKey(JetoConfig config) {
    return config
        .secretKey()
        .map(ParamKeys::fromBase64)
        .orElseGet(() -> ParamKeys.loadOrCreate(config.dataDir().resolve("secret.key")));
  }

  private static void createDirectories(JetoConfig config) {
    try {
      Files.createDirectories(config.dataDir());
      for (Path root : config.roots()) {
        Files.createDirectories(root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + e.getMessage(), e);
    }
  }
}
