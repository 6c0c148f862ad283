package io.jeto.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.application.port.in.Caller;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import io.jeto.domain.access.User;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnsureAdministratorServiceTest {

  private static final String CONFIGURED_KEY = "jeto_configured-by-the-operator";

  private final InMemoryPorts ports = new InMemoryPorts();
  private final ApiKeySecrets secrets = new ApiKeySecrets();
  private final EnsureAdministratorService service =
      new EnsureAdministratorService(ports.users(), ports.keys(), secrets);
  private final AuthenticateCallerService authentication =
      new AuthenticateCallerService(ports.keys(), ports.users(), secrets, Clock.systemUTC());

  @Test
  void givenNoAdministratorAndNoConfiguredKey_ensureAdministrator_createsAdminWithGeneratedKey() {
    Optional<String> generated = service.ensureAdministrator(Optional.empty());

    assertThat(generated).hasValueSatisfying(secret -> assertThat(secret).startsWith("jeto_"));
    assertThat(ports.users().findAll())
        .singleElement()
        .satisfies(
            admin -> {
              assertThat(admin.name()).isEqualTo("admin");
              assertThat(admin.role()).isEqualTo(Role.ADMIN);
            });
    assertThat(ports.keys().storedHashes()).doesNotContain(generated.get());
  }

  @Test
  void givenNoAdministratorAndNoConfiguredKey_ensureAdministrator_returnsKeyThatAuthenticates() {
    String generated = service.ensureAdministrator(Optional.empty()).orElseThrow();

    Caller caller = authentication.authenticate(generated);

    assertThat(caller.user().name()).isEqualTo("admin");
    assertThat(caller.isAdministrator()).isTrue();
  }

  @Test
  void
      givenNoAdministratorAndConfiguredKey_ensureAdministrator_returnsNothingAndKeyAuthenticates() {
    Optional<String> generated = service.ensureAdministrator(Optional.of(CONFIGURED_KEY));

    Caller caller = authentication.authenticate(CONFIGURED_KEY);

    assertThat(generated).isEmpty();
    assertThat(caller.isAdministrator()).isTrue();
    assertThat(caller.key().name()).isEqualTo("bootstrap");
  }

  @Test
  void givenConfiguredKeyWithSurroundingWhitespace_ensureAdministrator_storesItStripped() {
    service.ensureAdministrator(Optional.of("  " + CONFIGURED_KEY + "\n"));

    Caller caller = authentication.authenticate(CONFIGURED_KEY);

    assertThat(caller.isAdministrator()).isTrue();
  }

  @Test
  void givenExistingAdministratorAndNewConfiguredKey_ensureAdministrator_addsKeyToThatAdmin() {
    User existing = storeAdministrator("root");

    Optional<String> generated = service.ensureAdministrator(Optional.of(CONFIGURED_KEY));

    assertThat(generated).isEmpty();
    assertThat(ports.users().findAll()).containsExactly(existing);
    assertThat(ports.keys().findByUser(existing.id())).hasSize(2);
    assertThat(authentication.authenticate(CONFIGURED_KEY).user()).isEqualTo(existing);
  }

  @Test
  void givenExistingAdministratorAndKnownConfiguredKey_ensureAdministrator_addsNothing() {
    User existing = storeAdministrator("root");
    service.ensureAdministrator(Optional.of(CONFIGURED_KEY));

    Optional<String> generated = service.ensureAdministrator(Optional.of(CONFIGURED_KEY));

    assertThat(generated).isEmpty();
    assertThat(ports.users().findAll()).containsExactly(existing);
    assertThat(ports.keys().findByUser(existing.id())).hasSize(2);
  }

  @Test
  void givenExistingAdministratorAndNoConfiguredKey_ensureAdministrator_changesNothing() {
    User existing = storeAdministrator("root");

    Optional<String> generated = service.ensureAdministrator(Optional.empty());

    assertThat(generated).isEmpty();
    assertThat(ports.users().findAll()).containsExactly(existing);
    assertThat(ports.keys().findByUser(existing.id())).hasSize(1);
  }

  @Test
  void givenFirstStartDone_ensureAdministrator_doesNotCreateASecondAdmin() {
    service.ensureAdministrator(Optional.empty());

    Optional<String> second = service.ensureAdministrator(Optional.empty());

    assertThat(second).isEmpty();
    assertThat(ports.users().findAll()).hasSize(1);
  }

  private User storeAdministrator(String name) {
    return ports
        .users()
        .addWithKey(
            new NewUser(name, name + "@example.org", Role.ADMIN),
            NewApiKey.unrestricted("first", "jeto_first", secrets.hash("jeto_first-key")));
  }

  @Test
  void givenOnlyDisabledAdministrator_ensureAdministrator_createsAnotherWithFreeName() {
    service.ensureAdministrator(Optional.empty());
    ports.users().disable(ports.users().findAll().get(0).id());

    Optional<String> generated = service.ensureAdministrator(Optional.empty());

    Caller caller = authentication.authenticate(generated.orElseThrow());
    assertThat(caller.user().name()).isEqualTo("admin-2");
    assertThat(caller.isAdministrator()).isTrue();
  }
}
