package io.jeto.application.service;

import static io.jeto.application.service.TestGrantFactory.newGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.application.port.in.ForbiddenException;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.project.Project;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ManageProjectsServiceTest {

  private static final long USER_ID = 7;

  private final InMemoryPorts ports = new InMemoryPorts();
  private final ManageProjectsService service =
      new ManageProjectsService(
          ports.projects(),
          ports.instances(),
          null,
          ports.policy(),
          Duration.ofSeconds(1),
          ports.audit());

  @Test
  void givenUser_createProject_throwsForbiddenAndStoresNothing() {
    assertThatThrownBy(
            () ->
                service.createProject(
                    TestCallerFactory.user(USER_ID), "shop", Optional.empty(), Optional.empty()))
        .isInstanceOf(ForbiddenException.class);
    assertThat(ports.projects().findAll()).isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void givenMissingOrBlankName_createProject_refusesNameField(String name) {
    assertThatThrownBy(
            () ->
                service.createProject(
                    TestCallerFactory.administrator(), name, Optional.empty(), Optional.empty()))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("name"));
  }

  @Test
  void givenAdministrator_createProject_storesIt() {
    Project created =
        service.createProject(
            TestCallerFactory.administrator(),
            "shop",
            Optional.of("https://git.example.org/shop.git"),
            Optional.of("/srv/jeto/shop"));

    assertThat(ports.projects().findAll()).containsExactly(created);
    assertThat(created.gitAddress()).contains("https://git.example.org/shop.git");
  }

  @Test
  void givenUserWithProjectGrant_listProjects_returnsOnlyThatProject() {
    Project shop = ports.projects().add("shop", Optional.empty(), Optional.empty());
    ports.projects().add("blog", Optional.empty(), Optional.empty());
    ports.grants().add(newGrant(USER_ID, GrantTarget.project(shop.id()), Action.VIEW));

    List<Project> listed = service.listProjects(TestCallerFactory.user(USER_ID));

    assertThat(listed).containsExactly(shop);
  }

  @Test
  void givenProjectUserMayNotView_getProject_throwsNotFound() {
    Project shop = ports.projects().add("shop", Optional.empty(), Optional.empty());
    ports.grants().add(newGrant(USER_ID, GrantTarget.project(shop.id()), Action.START));

    assertThatThrownBy(() -> service.getProject(TestCallerFactory.user(USER_ID), shop.id()))
        .isInstanceOf(NotFoundException.class);
  }
}
