package io.jeto.application.service;

import static io.jeto.application.service.InstanceBuilder.anInstance;
import static io.jeto.application.service.TestGrantFactory.newGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.application.port.in.ForbiddenException;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.instance.Instance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManageHostsServiceTest {

  private static final long USER_ID = 7;

  private final InMemoryPorts ports = new InMemoryPorts();
  private final ManageHostsService service =
      new ManageHostsService(ports.hosts(), ports.instances(), ports.policy(), ports.audit());

  @Test
  void givenUser_createHost_throwsForbiddenAndStoresNothing() {
    NewHost host = TestHostFactory.newLxcHost();

    assertThatThrownBy(() -> service.createHost(TestCallerFactory.user(USER_ID), host))
        .isInstanceOf(ForbiddenException.class);
    assertThat(ports.hosts().findAll()).isEmpty();
  }

  @Test
  void givenAdministrator_createHost_storesHostWithParams() {
    Host created =
        service.createHost(TestCallerFactory.administrator(), TestHostFactory.newLxcHost());

    assertThat(ports.hosts().findAll()).containsExactly(created);
    assertThat(created.provider()).isEqualTo("lxc");
    assertThat(created.params()).isEqualTo(TestHostFactory.PARAMS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void givenBlankName_createHost_refusesNameField(String name) {
    assertRefused(new NewHost(name, "lxc", Map.of()), "name");
  }

  @Test
  void givenNameOf129Characters_createHost_refusesNameField() {
    assertRefused(new NewHost("h".repeat(129), "lxc", Map.of()), "name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "LXC", "1lxc", "lx c", "-lxc", "lxc.io"})
  void givenBadProvider_createHost_refusesProviderField(String provider) {
    assertRefused(new NewHost("lxc-1", provider, Map.of()), "provider");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1ABC", "MY-VAR", "A B", "PATH=x"})
  void givenBadParamName_createHost_refusesParamsField(String paramName) {
    assertRefused(new NewHost("lxc-1", "lxc", Map.of(paramName, "value")), "params");
  }

  @Test
  void givenAcceptableNames_createHost_storesHost() {
    NewHost host =
        new NewHost("h".repeat(128), "docker-compose_2", Map.of("_private", "x", "Mixed_9", "y"));

    Host created = service.createHost(TestCallerFactory.administrator(), host);

    assertThat(created.name()).hasSize(128);
  }

  @Test
  void givenAdministrator_listHosts_returnsEveryHostUnmasked() {
    Host first = ports.hosts().add(TestHostFactory.newLxcHost("lxc-1"));
    Host second = ports.hosts().add(TestHostFactory.newLxcHost("lxc-2"));

    List<Host> listed = service.listHosts(TestCallerFactory.administrator());

    assertThat(listed).containsExactly(first, second);
  }

  @Test
  void givenUser_listHosts_returnsGrantedHostAndHostsOfVisibleInstancesOnly() {
    Host granted = ports.hosts().add(TestHostFactory.newLxcHost("granted"));
    Host ofVisible = ports.hosts().add(TestHostFactory.newLxcHost("of-visible"));
    Host ofHidden = ports.hosts().add(TestHostFactory.newLxcHost("of-hidden"));
    ports.hosts().add(TestHostFactory.newLxcHost("unrelated"));
    Instance visible = anInstance().onHost(ofVisible.id()).storeIn(ports.instances());
    Instance hidden = anInstance().onHost(ofHidden.id()).storeIn(ports.instances());
    ports.grants().add(newGrant(USER_ID, GrantTarget.host(granted.id()), Action.VIEW));
    ports.grants().add(newGrant(USER_ID, GrantTarget.instance(visible.id()), Action.VIEW));
    ports.grants().add(newGrant(USER_ID, GrantTarget.instance(hidden.id()), Action.START));

    List<Host> listed = service.listHosts(TestCallerFactory.user(USER_ID));

    assertThat(listed).extracting(Host::name).containsExactly("granted", "of-visible");
    assertThat(listed)
        .flatExtracting(host -> List.copyOf(host.params().values()))
        .containsOnly("********");
  }

  @Test
  void givenUserWithHostGrantForAnotherAction_listHosts_returnsNothing() {
    Host host = ports.hosts().add(TestHostFactory.newLxcHost());
    ports.grants().add(newGrant(USER_ID, GrantTarget.host(host.id()), Action.EDIT));

    List<Host> listed = service.listHosts(TestCallerFactory.user(USER_ID));

    assertThat(listed).isEmpty();
  }

  @Test
  void givenHostOfVisibleInstance_getHost_returnsItMasked() {
    Host host = ports.hosts().add(TestHostFactory.newLxcHost());
    Instance instance = anInstance().onHost(host.id()).storeIn(ports.instances());
    ports.grants().add(newGrant(USER_ID, GrantTarget.instance(instance.id()), Action.VIEW));

    Host shown = service.getHost(TestCallerFactory.user(USER_ID), host.id());

    assertThat(shown.id()).isEqualTo(host.id());
    assertThat(shown.params()).containsEntry("API_TOKEN", "********");
  }

  @Test
  void givenHostUserMayNotView_getHost_throwsNotFound() {
    Host host = ports.hosts().add(TestHostFactory.newLxcHost());

    assertThatThrownBy(() -> service.getHost(TestCallerFactory.user(USER_ID), host.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void givenUnknownHost_getHost_throwsNotFound() {
    assertThatThrownBy(() -> service.getHost(TestCallerFactory.administrator(), 99))
        .isInstanceOf(NotFoundException.class);
  }

  private void assertRefused(NewHost host, String field) {
    assertThatThrownBy(() -> service.createHost(TestCallerFactory.administrator(), host))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
    assertThat(ports.hosts().findAll()).isEmpty();
  }
}
