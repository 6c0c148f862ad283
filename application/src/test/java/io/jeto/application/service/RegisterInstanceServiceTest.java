package io.jeto.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.application.port.in.ForbiddenException;
import io.jeto.application.port.in.InstanceDetails;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.RegisterInstanceCommand;
import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.JetoInfos;
import io.jeto.domain.port.VagrantCall;
import io.jeto.domain.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterInstanceServiceTest {

  @TempDir private Path root;

  private final InMemoryPorts ports = new InMemoryPorts();
  private Path environment;
  private Host host;
  private RegisterInstanceService service;

  @BeforeEach
  void createEnvironmentAndHost() throws IOException {
    environment = Files.createDirectory(root.resolve("web")).toRealPath();
    Files.writeString(environment.resolve("Vagrantfile"), "Vagrant.configure('2') {}\n");
    host = ports.hosts().add(TestHostFactory.newLxcHost());
    service =
        new RegisterInstanceService(
            ports.instances(),
            ports.hosts(),
            ports.projects(),
            ports.environments(),
            new WorkspaceRoots(List.of(root)),
            ports.assembler(),
            ports.policy(),
            ports.audit());
  }

  @Test
  void givenUser_registerInstance_throwsForbiddenAndStoresNothing() {
    RegisterInstanceCommand command = commandFor(host.id(), Optional.empty());

    assertThatThrownBy(() -> service.registerInstance(TestCallerFactory.user(7), command))
        .isInstanceOf(ForbiddenException.class);
    assertThat(ports.instances().findAll()).isEmpty();
    assertThat(ports.environments().statusCalls()).isEmpty();
  }

  @Test
  void givenUnknownHost_registerInstance_refusesHostField() {
    RegisterInstanceCommand command = commandFor(99, Optional.empty());

    assertThatThrownBy(() -> service.registerInstance(TestCallerFactory.administrator(), command))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("host"));
    assertThat(ports.instances().findAll()).isEmpty();
  }

  @Test
  void givenUnknownProject_registerInstance_refusesProjectField() {
    RegisterInstanceCommand command = commandFor(host.id(), Optional.of(99L));

    assertThatThrownBy(() -> service.registerInstance(TestCallerFactory.administrator(), command))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("project"));
    assertThat(ports.instances().findAll()).isEmpty();
  }

  @Test
  void givenPathOutsideRoots_registerInstance_refusesPathFieldWithoutAskingVagrant() {
    RegisterInstanceCommand command =
        new RegisterInstanceCommand("web", host.id(), "dev", "/", Optional.empty());

    assertThatThrownBy(() -> service.registerInstance(TestCallerFactory.administrator(), command))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("path"));
    assertThat(ports.instances().findAll()).isEmpty();
    assertThat(ports.environments().statusCalls()).isEmpty();
  }

  @Test
  void givenGoodCommand_registerInstance_storesStatusMeasuredByVagrant() {
    EnvironmentStatus measured = TestStatusFactory.running("default");
    ports.environments().willReport(measured);

    InstanceDetails details =
        service.registerInstance(
            TestCallerFactory.administrator(), commandFor(host.id(), Optional.empty()));

    assertThat(details.instance().lastStatus()).isEqualTo(measured);
    assertThat(ports.instances().findById(details.instance().id()))
        .hasValueSatisfying(
            stored -> {
              assertThat(stored.name()).isEqualTo("web");
              assertThat(stored.path()).isEqualTo(environment);
              assertThat(stored.environment()).isEqualTo("staging");
              assertThat(stored.hostId()).isEqualTo(host.id());
              assertThat(stored.lastStatus()).isEqualTo(measured);
            });
  }

  @Test
  void givenGoodCommand_registerInstance_callsVagrantInTheDirectoryWithJetoVariables() {
    service.registerInstance(
        TestCallerFactory.administrator(), commandFor(host.id(), Optional.empty()));

    assertThat(ports.environments().statusCalls())
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.directory()).isEqualTo(environment);
              assertThat(call.environment())
                  .containsExactlyInAnyOrderEntriesOf(
                      Map.of(
                          "VAGRANT_DEFAULT_PROVIDER", "lxc",
                          "ENVIRONMENT", "staging",
                          "LXC_BRIDGE", "lxcbr0",
                          "API_TOKEN", "s3cret-token"));
            });
  }

  @Test
  void givenHostParamsNamedLikeJetoVariables_registerInstance_letsJetoVariablesWin() {
    Host clashing =
        ports
            .hosts()
            .add(
                new NewHost(
                    "clashing",
                    "lxc",
                    Map.of(
                        "VAGRANT_DEFAULT_PROVIDER", "virtualbox",
                        "ENVIRONMENT", "production",
                        "LXC_BRIDGE", "lxcbr0")));

    service.registerInstance(
        TestCallerFactory.administrator(), commandFor(clashing.id(), Optional.empty()));

    VagrantCall call = ports.environments().statusCalls().getFirst();
    assertThat(call.environment())
        .containsEntry("VAGRANT_DEFAULT_PROVIDER", "lxc")
        .containsEntry("ENVIRONMENT", "staging")
        .containsEntry("LXC_BRIDGE", "lxcbr0")
        .hasSize(3);
  }

  @Test
  void givenProject_registerInstance_returnsDetailsWithProjectHostAndJetoInfos() {
    Project project = ports.projects().add("shop", Optional.empty(), Optional.empty());
    JetoInfos infos = new JetoInfos(Map.of("name", "shop"), Optional.empty());
    ports.environments().willReadJetoInfos(infos);

    InstanceDetails details =
        service.registerInstance(
            TestCallerFactory.administrator(), commandFor(host.id(), Optional.of(project.id())));

    assertThat(details.instance().projectId()).contains(project.id());
    assertThat(details.project()).contains(project);
    assertThat(details.host()).isEqualTo(host);
    assertThat(details.jetoInfos()).isEqualTo(infos);
  }

  private RegisterInstanceCommand commandFor(long hostId, Optional<Long> projectId) {
    return new RegisterInstanceCommand("web", hostId, "staging", environment.toString(), projectId);
  }
}
