package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.port.NameTakenException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiHostRepositoryTest {

  @TempDir Path directory;

  private JdbiPersistence persistence;
  private JdbiHostRepository hosts;

  @BeforeEach
  void openDatabase() {
    persistence = JdbiPersistence.open(JdbiPersistence.fileUrl(directory));
    hosts = persistence.hosts();
  }

  @AfterEach
  void closeDatabase() {
    persistence.close();
  }

  @Test
  void givenHostWithParams_add_storesHostAndParams() {
    NewHost host = new NewHost("lxc-1", "lxc", Map.of("LXC_BRIDGE", "br0", "TOKEN", "s3cret"));

    Host added = hosts.add(host);

    assertThat(hosts.findById(added.id()))
        .contains(
            new Host(added.id(), "lxc-1", "lxc", Map.of("LXC_BRIDGE", "br0", "TOKEN", "s3cret")));
  }

  @Test
  void givenHostWithoutParams_add_storesHostWithNoParams() {
    NewHost host = new NewHost("local", "virtualbox", Map.of());

    Host added = hosts.add(host);

    assertThat(hosts.findById(added.id()))
        .contains(new Host(added.id(), "local", "virtualbox", Map.of()));
  }

  @Test
  void givenSeveralHosts_findAll_returnsEachWithItsParamsByIdentifier() {
    Host first = hosts.add(new NewHost("first", "lxc", Map.of("A", "1", "B", "2")));
    Host second = hosts.add(new NewHost("second", "docker", Map.of()));
    Host third = hosts.add(new NewHost("third", "libvirt", Map.of("C", "3")));

    List<Host> all = hosts.findAll();

    assertThat(all).containsExactly(first, second, third);
  }

  @Test
  void givenNoHost_findAll_returnsEmptyList() {
    List<Host> all = hosts.findAll();

    assertThat(all).isEmpty();
  }

  @Test
  void givenUnknownIdentifier_findById_returnsEmpty() {
    hosts.add(new NewHost("lxc-1", "lxc", Map.of()));

    Optional<Host> found = hosts.findById(999);

    assertThat(found).isEmpty();
  }

  @Test
  void givenTakenName_add_throwsNameTakenAndStoresNothing() {
    Host existing = hosts.add(new NewHost("lxc-1", "lxc", Map.of("A", "1")));
    NewHost clash = new NewHost("lxc-1", "docker", Map.of("B", "2", "C", "3"));
    DatabaseProbe probe = new DatabaseProbe(JdbiPersistence.fileUrl(directory));

    assertThatThrownBy(() -> hosts.add(clash))
        .hasMessageContaining("lxc-1")
        .isInstanceOfSatisfying(
            NameTakenException.class, failure -> assertThat(failure.field()).isEqualTo("name"));

    assertThat(hosts.findAll()).containsExactly(existing);
    assertThat(probe.count("host_param")).isEqualTo(1);
  }
}
