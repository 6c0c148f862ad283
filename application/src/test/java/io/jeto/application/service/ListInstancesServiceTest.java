package io.jeto.application.service;

import static io.jeto.application.service.InstanceBuilder.anInstance;
import static io.jeto.application.service.TestGrantFactory.newGrant;
import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.application.port.in.InstanceDetails;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.host.Host;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.project.Project;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListInstancesServiceTest {

  private static final long USER_ID = 7;

  private final InMemoryPorts ports = new InMemoryPorts();
  private final ListInstancesService service =
      new ListInstancesService(ports.instances(), ports.assembler(), ports.policy());
  private Project shop;
  private Instance granted;
  private Instance inShop;
  private Instance hidden;

  @BeforeEach
  void storeThreeInstances() {
    Host host = ports.hosts().add(TestHostFactory.newLxcHost());
    shop = ports.projects().add("shop", Optional.empty(), Optional.empty());
    granted =
        anInstance()
            .named("granted")
            .onHost(host.id())
            .withStatus(TestStatusFactory.running("default"))
            .storeIn(ports.instances());
    inShop =
        anInstance()
            .named("in-shop")
            .onHost(host.id())
            .inProject(shop.id())
            .storeIn(ports.instances());
    hidden = anInstance().named("hidden").onHost(host.id()).storeIn(ports.instances());
  }

  @Test
  void givenAdministrator_listInstances_returnsEveryInstance() {
    List<InstanceDetails> listed = service.listInstances(TestCallerFactory.administrator());

    assertThat(listed)
        .extracting(InstanceDetails::instance)
        .containsExactly(granted, inShop, hidden);
  }

  @Test
  void givenUserWithGrants_listInstances_returnsOnlyViewableInstances() {
    ports.grants().add(newGrant(USER_ID, GrantTarget.instance(granted.id()), Action.VIEW));
    ports.grants().add(newGrant(USER_ID, GrantTarget.project(shop.id()), Action.VIEW));
    ports.grants().add(newGrant(USER_ID, GrantTarget.instance(hidden.id()), Action.START));

    List<InstanceDetails> listed = service.listInstances(TestCallerFactory.user(USER_ID));

    assertThat(listed).extracting(InstanceDetails::instance).containsExactly(granted, inShop);
    assertThat(listed)
        .allSatisfy(details -> assertThat(details.host().params()).containsValue("********"));
  }

  @Test
  void givenUserWithoutGrants_listInstances_returnsNothing() {
    ports.grants().add(newGrant(8, GrantTarget.instance(granted.id()), Action.VIEW));

    List<InstanceDetails> listed = service.listInstances(TestCallerFactory.user(USER_ID));

    assertThat(listed).isEmpty();
  }

  @Test
  void givenInstances_listInstances_showsStoredStatusWithoutAskingVagrant() {
    ports.environments().willReport(TestStatusFactory.notCreated("default"));

    List<InstanceDetails> listed = service.listInstances(TestCallerFactory.administrator());

    assertThat(ports.environments().statusCalls()).isEmpty();
    assertThat(listed.getFirst().instance().lastStatus())
        .isEqualTo(TestStatusFactory.running("default"));
  }

  @Test
  void givenInstanceInProject_listInstances_carriesItsProject() {
    List<InstanceDetails> listed = service.listInstances(TestCallerFactory.administrator());

    assertThat(listed.get(1).project()).contains(shop);
    assertThat(listed.getFirst().project()).isEmpty();
  }
}
