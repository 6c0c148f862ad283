package io.jeto.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.webserver.WebServer;
import io.jeto.adapters.persistence.JdbiPersistence;
import io.jeto.adapters.rest.ApiUseCases;
import io.jeto.adapters.rest.JetoRouting;
import io.jeto.adapters.rest.JsonMapping;
import io.jeto.adapters.vagrant.CliVagrantEnvironmentReader;
import io.jeto.application.service.JetoUseCases;
import io.jeto.application.service.WorkspaceRoots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** One running Jeto: its database, its use cases and its web server, started and stopped. */
public final class JetoService implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(JetoService.class.getName());

  private final JdbiPersistence persistence;
  private final WebServer server;
  private final Optional<String> generatedAdminKey;

  private JetoService(
      JdbiPersistence persistence, WebServer server, Optional<String> generatedAdminKey) {
    this.persistence = persistence;
    this.server = server;
    this.generatedAdminKey = generatedAdminKey;
  }

  /** Opens (and migrates) the database, wires every port and starts listening. */
  public static JetoService start(JetoConfig config) {
    createDirectories(config);
    Clock clock = Clock.systemUTC();
    JdbiPersistence persistence =
        JdbiPersistence.open(
            config.databaseUrl().orElseGet(() -> JdbiPersistence.fileUrl(config.dataDir())));
    try {
      JetoUseCases useCases = useCases(config, persistence, clock);
      Optional<String> generatedKey =
          useCases.ensureAdministrator().ensureAdministrator(config.adminKey());
      WebServer server = webServer(config, useCases).start();

      LOG.log(
          Level.INFO,
          "Jeto listening on http://{0}:{1,number,#}, data in {2}, instance roots {3}",
          config.bind(),
          server.port(),
          config.dataDir(),
          config.roots());
      return new JetoService(persistence, server, generatedKey);
    } catch (RuntimeException e) {
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

  /** Stops accepting requests, lets running ones end, then closes the database. */
  @Override
  public void close() {
    server.stop();
    persistence.close();
    LOG.log(Level.INFO, "Jeto stopped");
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
            new CliVagrantEnvironmentReader(config.vagrant(), config.statusTimeout(), clock));
    return new JetoUseCases(ports, new WorkspaceRoots(config.roots()), clock);
  }

  private static WebServer webServer(JetoConfig config, JetoUseCases useCases) {
    ObjectMapper mapper = JsonMapping.objectMapper();
    ApiUseCases api =
        new ApiUseCases(
            useCases.authenticateCaller(),
            useCases.listInstances(),
            useCases.getInstance(),
            useCases.registerInstance(),
            useCases.manageHosts(),
            useCases.manageProjects(),
            useCases.createUser(),
            useCases.grantAccess());
    return WebServer.builder()
        .host(config.bind())
        .port(config.port())
        // Main stops the server itself, before the database, so requests never outlive it.
        .shutdownHook(false)
        .maxPayloadSize(2 * JetoRouting.MAX_BODY_BYTES)
        .mediaContext(
            MediaContext.builder()
                .addMediaSupport(JacksonSupport.create(mapper))
                .build())
        .routing(routing -> JetoRouting.routing(routing, api, mapper))
        .build();
  }

  private static void createDirectories(JetoConfig config) {
    try {
      Files.createDirectories(config.dataDir());
      for (Path root : config.roots()) {
        Files.createDirectories(root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory or a root", e);
    }
  }
}
