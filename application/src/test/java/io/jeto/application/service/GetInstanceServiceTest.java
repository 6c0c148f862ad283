package io.jeto.application.service;

import static io.jeto.application.service.InstanceBuilder.anInstance;
import static io.jeto.application.service.TestGrantFactory.newGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.application.port.in.InstanceDetails;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.host.Host;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.port.VagrantCall;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetInstanceServiceTest {

  private static final long USER_ID = 7;

  private final InMemoryPorts ports = new InMemoryPorts();
  private final GetInstanceService service =
      new GetInstanceService(
          ports.instances(), ports.environments(), ports.assembler(), ports.policy());
  private Host host;
  private Instance instance;

  @BeforeEach
  void storeInstanceWithOldStatus() {
    host = ports.hosts().add(TestHostFactory.newLxcHost());
    instance =
        anInstance()
            .onHost(host.id())
            .at(Path.of("/srv/jeto/web"))
            .withStatus(TestStatusFactory.notCreated("default"))
            .storeIn(ports.instances());
  }

  @Test
  void givenAdministrator_getInstance_measuresNowAndStoresTheNewStatus() {
    EnvironmentStatus now = TestStatusFactory.running("default");
    ports.environments().willReport(now);

    InstanceDetails details = service.getInstance(TestCallerFactory.administrator(), instance.id());

    assertThat(details.instance().lastStatus()).isEqualTo(now);
    assertThat(ports.instances().findById(instance.id()).orElseThrow().lastStatus()).isEqualTo(now);
  }

  @Test
  void givenInstance_getInstance_asksVagrantWithTheInstanceEnvironment() {
    service.getInstance(TestCallerFactory.administrator(), instance.id());

    VagrantCall call = ports.environments().statusCalls().getFirst();
    assertThat(call.directory()).isEqualTo(Path.of("/srv/jeto/web"));
    assertThat(call.environment())
        .containsEntry("VAGRANT_DEFAULT_PROVIDER", "lxc")
        .containsEntry("ENVIRONMENT", "dev")
        .containsEntry("API_TOKEN", "s3cret-token");
  }

  @Test
  void givenVagrantFailure_getInstance_storesTheFailedStatus() {
    EnvironmentStatus failed =
        EnvironmentStatus.failed("vagrant timed out", TestStatusFactory.CHECKED_AT);
    ports.environments().willReport(failed);

    InstanceDetails details = service.getInstance(TestCallerFactory.administrator(), instance.id());

    assertThat(details.instance().lastStatus().error()).contains("vagrant timed out");
    assertThat(ports.instances().findById(instance.id()).orElseThrow().lastStatus())
        .isEqualTo(failed);
  }

  @Test
  void givenUserWithViewOnInstance_getInstance_returnsItWithMaskedHost() {
    ports.grants().add(newGrant(USER_ID, GrantTarget.instance(instance.id()), Action.VIEW));

    InstanceDetails details = service.getInstance(TestCallerFactory.user(USER_ID), instance.id());

    assertThat(details.instance().id()).isEqualTo(instance.id());
    assertThat(details.host().params()).containsEntry("API_TOKEN", "********");
  }

  @Test
  void givenUserWhoMayNotView_getInstance_throwsNotFoundWithoutAskingVagrant() {
    ports.grants().add(newGrant(USER_ID, GrantTarget.instance(instance.id()), Action.START));
    ports.grants().add(newGrant(USER_ID, GrantTarget.host(host.id()), Action.VIEW));

    assertThatThrownBy(() -> service.getInstance(TestCallerFactory.user(USER_ID), instance.id()))
        .isExactlyInstanceOf(NotFoundException.class);
    assertThat(ports.environments().statusCalls()).isEmpty();
    assertThat(ports.instances().findById(instance.id()).orElseThrow().lastStatus())
        .isEqualTo(instance.lastStatus());
  }

  @Test
  void givenUnknownInstance_getInstance_throwsNotFound() {
    assertThatThrownBy(() -> service.getInstance(TestCallerFactory.administrator(), 99))
        .isInstanceOf(NotFoundException.class);
  }
}
