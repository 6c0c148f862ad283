package io.jeto.adapters.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;

/**
 * The HTTP routes of Jeto: the API, the web UI's static files at {@code /}, and the translation
 * of failures into problem details.
 */
public final class JetoRouting {

  /** Bodies beyond this are refused with 413; Jeto's requests are small JSON objects. */
  public static final long MAX_BODY_BYTES = 1024 * 1024;

  private JetoRouting() {}

  public static void routing(
      HttpRouting.Builder routing, ApiUseCases useCases, ObjectMapper mapper) {
    ApiContext api =
        new ApiContext(new CallerResolver(useCases.authenticateCaller()), mapper, MAX_BODY_BYTES);
    Problems problems = new Problems(mapper);

    problems.register(routing);
    routing
        .register("/health", new HealthEndpoint())
        .register("/api/me", new MeEndpoint(api))
        .register("/api/instances", new CommandsEndpoint(api, useCases))
        .register("/api/instances", new InstancesEndpoint(api, useCases))
        .register("/api/hosts", new HostsEndpoint(api, useCases.manageHosts()))
        .register("/api/projects", new ProjectsEndpoint(api, useCases.manageProjects()))
        .register(
            "/api/users", new UsersEndpoint(api, useCases.createUser(), useCases.manageUsers()))
        .register("/api/teams", new TeamsEndpoint(api, useCases.manageTeams()))
        .register(
            "/api/grants", new GrantsEndpoint(api, useCases.grantAccess(), useCases.manageGrants()))
        .register("/api/api-keys", new ApiKeysEndpoint(api, useCases.manageApiKeys()))
        .register("/api/auditlog", new AuditLogEndpoint(api, useCases.readAuditLog()))
        .register(
            "/",
            StaticContentFeature.createService(
                ClasspathHandlerConfig.builder().location("web").welcome("index.html").build()))
        .any(problems::notFound);
  }

  /** Problem details for the errors Helidon answers before any route runs. */
  public static DirectHandlers directHandlers(ObjectMapper mapper) {
    return ProblemDirectHandler.create(new Problems(mapper));
  }
}
