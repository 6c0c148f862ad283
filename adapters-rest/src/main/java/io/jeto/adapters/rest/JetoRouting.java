package io.jeto.adapters.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.HttpRouting;

/** The HTTP routes of Jeto's API and the translation of failures into problem details. */
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
        .register(
            "/api/instances",
            new InstancesEndpoint(
                api, useCases.listInstances(), useCases.getInstance(), useCases.registerInstance()))
        .register("/api/hosts", new HostsEndpoint(api, useCases.manageHosts()))
        .register("/api/projects", new ProjectsEndpoint(api, useCases.manageProjects()))
        .register("/api/users", new UsersEndpoint(api, useCases.createUser()))
        .register("/api/grants", new GrantsEndpoint(api, useCases.grantAccess()))
        .any("/api/*", problems::notFound);
  }
}
