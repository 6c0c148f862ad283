package io.jeto.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.CreatedUser;
import io.jeto.application.port.in.ForbiddenException;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreateUserServiceTest {

  private final InMemoryPorts ports = new InMemoryPorts();
  private final ApiKeySecrets secrets = new ApiKeySecrets();
  private final CreateUserService service =
      new CreateUserService(ports.users(), secrets, ports.policy(), ports.audit());

  @Test
  void givenUser_createUser_throwsForbiddenAndStoresNothing() {
    NewUser bob = new NewUser("bob", "bob@example.org", Role.USER);

    assertThatThrownBy(() -> service.createUser(TestCallerFactory.user(7), bob))
        .isInstanceOf(ForbiddenException.class);
    assertThat(ports.users().findAll()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-bob", ".bob", "bob smith", "bob/x", "bob!", "bób"})
  void givenBadName_createUser_refusesNameField(String name) {
    NewUser user = new NewUser(name, "bob@example.org", Role.USER);

    assertRefused(user, "name");
  }

  @Test
  void givenNameOf65Characters_createUser_refusesNameField() {
    NewUser user = new NewUser("b".repeat(65), "bob@example.org", Role.USER);

    assertRefused(user, "name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"b", "bob.smith_2@ci-runner", "0ops"})
  void givenAcceptableName_createUser_storesUser(String name) {
    NewUser user = new NewUser(name, "bob@example.org", Role.USER);

    CreatedUser created = service.createUser(TestCallerFactory.administrator(), user);

    assertThat(created.user().name()).isEqualTo(name);
  }

  @Test
  void givenNameOf64Characters_createUser_storesUser() {
    NewUser user = new NewUser("b".repeat(64), "bob@example.org", Role.USER);

    CreatedUser created = service.createUser(TestCallerFactory.administrator(), user);

    assertThat(created.user().name()).hasSize(64);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "bob", "bob@", "@example.org", "bob smith@example.org", "a@b@c"})
  void givenBadEmail_createUser_refusesEmailField(String email) {
    NewUser user = new NewUser("bob", email, Role.USER);

    assertRefused(user, "email");
  }

  @Test
  void givenGoodUser_createUser_storesUserWithFirstKeyHashedNotSecret() {
    NewUser bob = new NewUser("bob", "bob@example.org", Role.USER);

    CreatedUser created = service.createUser(TestCallerFactory.administrator(), bob);

    assertThat(created.user().name()).isEqualTo("bob");
    assertThat(created.user().email()).isEqualTo("bob@example.org");
    assertThat(created.user().role()).isEqualTo(Role.USER);
    assertThat(created.apiKey()).startsWith("jeto_");
    assertThat(ports.keys().findByUser(created.user().id()))
        .singleElement()
        .satisfies(
            key -> {
              assertThat(key.name()).isEqualTo("default");
              assertThat(created.apiKey()).startsWith(key.prefix());
            });
    assertThat(ports.keys().storedHashes())
        .containsExactly(secrets.hash(created.apiKey()))
        .doesNotContain(created.apiKey());
  }

  @Test
  void givenCreatedUser_authenticate_acceptsItsFirstKey() {
    CreatedUser created =
        service.createUser(
            TestCallerFactory.administrator(), new NewUser("bob", "bob@example.org", Role.USER));
    AuthenticateCallerService authentication =
        new AuthenticateCallerService(ports.keys(), ports.users(), secrets, Clock.systemUTC());

    Caller caller = authentication.authenticate(created.apiKey());

    assertThat(caller.user()).isEqualTo(created.user());
  }

  @Test
  void givenCreatedUser_toString_hidesTheSecret() {
    CreatedUser created =
        service.createUser(
            TestCallerFactory.administrator(), new NewUser("bob", "bob@example.org", Role.USER));

    String shown = created.toString();

    assertThat(shown).doesNotContain(created.apiKey()).contains("bob");
  }

  private void assertRefused(NewUser user, String field) {
    assertThatThrownBy(() -> service.createUser(TestCallerFactory.administrator(), user))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
    assertThat(ports.users().findAll()).isEmpty();
  }
}
