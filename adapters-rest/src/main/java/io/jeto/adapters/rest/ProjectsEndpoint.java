package io.jeto.adapters.rest;

import io.helidon.http.Status;
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
    rules
        .get("/", this::list)
        .post("/", this::create)
        .get("/{id}", this::get)
        .put("/{id}", this::update)
        .delete("/{id}", this::delete)
        .get("/{id}/git-references", this::gitReferences);
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

  private void update(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "project");
    RequestBody body = api.body(request);

    Project updated =
        manageProjects.updateProject(
            caller,
            id,
            body.requiredText("name"),
            body.optionalText("git_address"),
            body.optionalText("base_path"));

    response.send(ProjectJson.fromDomainModel(updated));
  }

  private void delete(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "project");

    manageProjects.deleteProject(caller, id);

    response.status(Status.NO_CONTENT_204).send();
  }

  private void gitReferences(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    long id = PathIds.id(request, "id", "project");
    response.send(
        manageProjects.gitReferences(caller, id).stream()
            .map(GitReferenceJson::fromDomainModel)
            .toList());
  }
}
