package io.jeto.adapters.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ManageProjectsUseCase;
import io.jeto.domain.project.Project;
import java.util.List;

/** {@code /api/projects}: groups of instances made from one code base. */
final class ProjectsEndpoint implements HttpService {

  private final ApiContext api;
  private final ManageProjectsUseCase manageProjects;

  ProjectsEndpoint(ApiContext api, ManageProjectsUseCase manageProjects) {
    this.api = api;
    this.manageProjects = manageProjects;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::list).post("/", this::create).get("/{id}", this::get);
  }

  private void list(ServerRequest request, ServerResponse response) {
    List<Project> projects = manageProjects.listProjects(api.caller(request));
    List<Project> page = Pages.page(request, response, projects, Project::id);
    response.send(page.stream().map(ProjectJson::fromDomainModel).toList());
  }

  private void get(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "project");
    response.send(ProjectJson.fromDomainModel(manageProjects.getProject(caller, id)));
  }

  private void create(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    RequestBody body = api.body(request);

    Project created =
        manageProjects.createProject(
            caller,
            body.requiredText("name"),
            body.optionalText("git_address"),
            body.optionalText("base_path"));

    api.created(response, "/api/projects/" + created.id(), ProjectJson.fromDomainModel(created));
  }
}
