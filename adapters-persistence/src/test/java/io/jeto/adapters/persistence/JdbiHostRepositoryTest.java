package io.jeto.adapters.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.domain.access.Action;
import io.jeto.domain.access.Grant;
import io.jeto.domain.access.GrantTarget;
import io.jeto.domain.access.Grantee;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewGrant;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.NewInstance;
import io.jeto.domain.port.NameTakenException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiHostRepositoryTest {

  private static final String SECRET = "s3cret-Value-9f27";

  @TempDir Path directory;

  private JdbiPersistence persistence;
  private JdbiHostRepository hosts;
  private DatabaseProbe probe;

  @BeforeEach
  void openDatabase() {
    persistence = TestPersistence.open(JdbiPersistence.fileUrl(directory));
    hosts = persistence.hosts();
    probe = new DatabaseProbe(JdbiPersistence.fileUrl(directory));
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

    assertThatThrownBy(() -> hosts.add(clash))
        .hasMessageContaining("lxc-1")
        .isInstanceOfSatisfying(
            NameTakenException.class, failure -> assertThat(failure.field()).isEqualTo("name"));

    assertThat(hosts.findAll()).containsExactly(existing);
    assertThat(probe.count("host_param")).isEqualTo(1);
  }

  @Test
  void givenHostWithParams_add_storesNoValueInClear() {
    hosts.add(new NewHost("aws", "aws", Map.of("AWS_SECRET_ACCESS_KEY", SECRET, "REGION", "eu")));
    hosts.add(new NewHost("lxc-1", "lxc", Map.of("TOKEN", SECRET)));

    List<String> stored = probe.strings("host_param", "param_value", "host_id, param_name");
    String dump = probe.dump();

    assertThat(stored).hasSize(3).allMatch(value -> value.startsWith("v1:"));
    assertThat(stored).doesNotContain("eu").noneMatch(value -> value.contains(SECRET));
    assertThat(dump).contains("AWS_SECRET_ACCESS_KEY").doesNotContain(SECRET);
    assertThat(dump).doesNotContain(Base64.getEncoder().encodeToString(SECRET.getBytes(UTF_8)));
  }

  @Test
  void givenSameValueTwice_add_storesTwoDifferentCiphertexts() {
    hosts.add(new NewHost("first", "lxc", Map.of("TOKEN", SECRET)));
    hosts.add(new NewHost("second", "lxc", Map.of("TOKEN", SECRET)));

    List<String> stored = probe.strings("host_param", "param_value", "host_id, param_name");

    assertThat(stored).hasSize(2).doesNotHaveDuplicates();
    assertThat(stored.get(0).split(":")[1]).isNotEqualTo(stored.get(1).split(":")[1]);
  }

  @Test
  void givenLongestValueOfFourByteCharacters_add_storesAndDecryptsIt() {
    String longest = "\uD83D\uDD11".repeat(4096);
    Host added = hosts.add(new NewHost("lxc-1", "lxc", Map.of("KEY", longest, "EMPTY", "")));

    Optional<Host> found = hosts.findById(added.id());

    assertThat(found.map(Host::params)).contains(Map.of("KEY", longest, "EMPTY", ""));
  }

  @Test
  void givenFailingParamInsert_add_throwsWithoutAnyBoundValueInTheMessage() {
    String tooLong = "x".repeat(40_000) + SECRET;
    NewHost host = new NewHost("lxc-1", "lxc", Map.of("BOUND_NAME_4D2", tooLong));

    assertThatThrownBy(() -> hosts.add(host))
        .isInstanceOf(StatementException.class)
        .satisfies(
            failure ->
                assertThat(messages(failure))
                    .doesNotContain(SECRET)
                    .doesNotContain("xxxxxxxx")
                    .doesNotContain("BOUND_NAME_4D2"));

    assertThat(probe.count("host")).isZero();
  }

  @Test
  void givenChangedHost_update_replacesNameProviderAndParams() {
    Host added = hosts.add(new NewHost("lxc-1", "lxc", Map.of("A", "1", "B", "2")));
    Host changed = new Host(added.id(), "lxc-one", "libvirt", Map.of("B", "two", "C", "3"));

    Optional<Host> updated = hosts.update(changed);

    assertThat(updated).contains(changed);
    assertThat(hosts.findById(added.id())).contains(changed);
    assertThat(probe.count("host_param")).isEqualTo(2);
    assertThat(probe.strings("host_param", "param_value", "host_id, param_name"))
        .allMatch(value -> value.startsWith("v1:"));
  }

  @Test
  void givenNoParamsLeft_update_removesThemAll() {
    Host added = hosts.add(new NewHost("lxc-1", "lxc", Map.of("A", "1")));

    hosts.update(new Host(added.id(), "lxc-1", "lxc", Map.of()));

    assertThat(hosts.findById(added.id()).map(Host::params)).contains(Map.of());
    assertThat(probe.count("host_param")).isZero();
  }

  @Test
  void givenNameOfAnotherHost_update_throwsNameTakenAndChangesNothing() {
    Host first = hosts.add(new NewHost("first", "lxc", Map.of("A", "1")));
    Host second = hosts.add(new NewHost("second", "lxc", Map.of("B", "2")));

    assertThatThrownBy(() -> hosts.update(new Host(second.id(), "first", "lxc", Map.of("C", "3"))))
        .isInstanceOfSatisfying(
            NameTakenException.class, failure -> assertThat(failure.field()).isEqualTo("name"));

    assertThat(hosts.findAll()).containsExactly(first, second);
  }

  @Test
  void givenUnknownHost_update_returnsEmptyAndStoresNoParam() {
    Optional<Host> updated = hosts.update(new Host(999, "ghost", "lxc", Map.of("A", "1")));

    assertThat(updated).isEmpty();
    assertThat(probe.count("host_param")).isZero();
  }

  @Test
  void givenHostWithParamsAndGrants_delete_removesThemAndOnlyThem() {
    Host doomed = hosts.add(new NewHost("doomed", "lxc", Map.of("A", "1", "B", "2")));
    Host kept = hosts.add(new NewHost("kept", "lxc", Map.of("C", "3")));
    long userId = addUser("alice");
    grant(userId, GrantTarget.host(doomed.id()));
    grant(userId, GrantTarget.host(kept.id()));
    grant(userId, GrantTarget.project(doomed.id()));

    boolean deleted = hosts.delete(doomed.id());

    assertThat(deleted).isTrue();
    assertThat(hosts.findAll()).containsExactly(kept);
    assertThat(probe.count("host_param")).isEqualTo(1);
    assertThat(persistence.grants().findFor(userId, Set.of()))
        .extracting(Grant::target)
        .containsExactly(GrantTarget.host(kept.id()), GrantTarget.project(doomed.id()));
    assertThat(probe.accessOrphans()).isZero();
  }

  @Test
  void givenInstanceOnHost_delete_throwsAndChangesNothing() {
    Host host = hosts.add(new NewHost("lxc-1", "lxc", Map.of("TOKEN", SECRET)));
    persistence
        .instances()
        .add(
            new NewInstance(
                "shop-dev",
                Path.of("/srv/shop/dev"),
                Optional.empty(),
                Optional.empty(),
                "dev",
                host.id(),
                Optional.empty(),
                false),
            EnvironmentStatus.unknown());
    long userId = addUser("alice");
    grant(userId, GrantTarget.host(host.id()));

    assertThatThrownBy(() -> hosts.delete(host.id()))
        .isInstanceOf(JdbiException.class)
        .satisfies(failure -> assertThat(messages(failure)).doesNotContain(SECRET));

    assertThat(hosts.findAll()).containsExactly(host);
    assertThat(persistence.grants().findFor(userId, Set.of()))
        .extracting(Grant::target)
        .containsExactly(GrantTarget.host(host.id()));
  }

  @Test
  void givenUnknownHost_delete_returnsFalse() {
    Host kept = hosts.add(new NewHost("lxc-1", "lxc", Map.of("A", "1")));

    boolean deleted = hosts.delete(kept.id() + 1);

    assertThat(deleted).isFalse();
    assertThat(hosts.findAll()).containsExactly(kept);
  }

  @Test
  void givenValueMovedToAnotherParam_findById_failsWithoutShowingIt() {
    Host host = hosts.add(new NewHost("lxc-1", "lxc", Map.of("TOKEN", SECRET, "REGION", "eu")));
    probe.execute(
        "UPDATE host_param SET param_value ="
            + " (SELECT param_value FROM host_param WHERE param_name = 'TOKEN')"
            + " WHERE param_name = 'REGION'");

    assertThatThrownBy(() -> hosts.findById(host.id()))
        .hasMessageContaining("'REGION'")
        .satisfies(failure -> assertThat(messages(failure)).doesNotContain(SECRET));
  }

  /** The messages of the failure and all its causes. */
  private static String messages(Throwable failure) {
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      messages.append(cause).append('\n');
    }
    return messages.toString();
  }

  private long addUser(String name) {
    return persistence
        .users()
        .addWithKey(
            new NewUser(name, name + "@example.org", Role.USER),
            NewApiKey.unrestricted("first", "jeto_" + name, "hash-" + name))
        .id();
  }

  private void grant(long userId, GrantTarget target) {
    persistence
        .grants()
        .add(new NewGrant(Grantee.user(userId), target, Set.of(Action.VIEW), Set.of()));
  }
}
