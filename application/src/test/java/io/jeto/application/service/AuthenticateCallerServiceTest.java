package io.jeto.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.UnauthenticatedException;
import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.NewApiKey;
import io.jeto.domain.access.NewUser;
import io.jeto.domain.access.Role;
import io.jeto.domain.access.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateCallerServiceTest {

  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private static final String SECRET = "jeto_known-secret-of-alice";

  private final InMemoryPorts ports = new InMemoryPorts();
  private final ApiKeySecrets secrets = new ApiKeySecrets();
  private final AuthenticateCallerService service =
      new AuthenticateCallerService(
          ports.keys(), ports.users(), secrets, Clock.fixed(NOW, ZoneOffset.UTC));

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t"})
  void givenMissingOrBlankKey_authenticate_throwsUnauthenticated(String presented) {
    assertThatThrownBy(() -> service.authenticate(presented))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void givenUnknownKey_authenticate_throwsUnauthenticated() {
    storeAlice(Optional.empty());

    assertThatThrownBy(() -> service.authenticate("jeto_somebody-elses"))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessage("the API key is not valid");
  }

  @Test
  void givenKeyExpiredBeforeNow_authenticate_throwsUnauthenticated() {
    storeAlice(Optional.of(NOW.minusSeconds(1)));

    assertThatThrownBy(() -> service.authenticate(SECRET))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessage("the API key is not valid");
  }

  @Test
  void givenKeyExpiringExactlyNow_authenticate_throwsUnauthenticated() {
    storeAlice(Optional.of(NOW));

    assertThatThrownBy(() -> service.authenticate(SECRET))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void givenKeyExpiringLater_authenticate_returnsCaller() {
    User alice = storeAlice(Optional.of(NOW.plusSeconds(1)));

    Caller caller = service.authenticate(SECRET);

    assertThat(caller.user()).isEqualTo(alice);
  }

  @Test
  void givenDisabledUser_authenticate_throwsUnauthenticatedAndRecordsNoUse() {
    User alice = storeAlice(Optional.empty());
    ports.users().disable(alice.id());
    long keyId = ports.keys().findByUser(alice.id()).getFirst().id();

    assertThatThrownBy(() -> service.authenticate(SECRET))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessage("the API key is not valid");
    assertThat(ports.keys().findById(keyId).orElseThrow().lastUsedAt()).isEmpty();
  }

  @Test
  void givenGoodKey_authenticate_returnsCallerAndRecordsUseAtClockInstant() {
    User alice = storeAlice(Optional.empty());
    ApiKey key = ports.keys().findByUser(alice.id()).getFirst();

    Caller caller = service.authenticate(SECRET);

    assertThat(caller.user()).isEqualTo(alice);
    assertThat(caller.key()).isEqualTo(key);
    assertThat(caller.isAdministrator()).isFalse();
    assertThat(ports.keys().findById(key.id()).orElseThrow().lastUsedAt()).contains(NOW);
  }

  @Test
  void givenGoodKeyWithSurroundingWhitespace_authenticate_returnsCaller() {
    User alice = storeAlice(Optional.empty());

    Caller caller = service.authenticate("  " + SECRET + "\n");

    assertThat(caller.user()).isEqualTo(alice);
  }

  @Test
  void givenAnyKey_authenticate_looksUpOnlyItsHash() {
    storeAlice(Optional.empty());

    service.authenticate(SECRET);

    assertThat(ports.keys().lookedUpHashes())
        .containsExactly(secrets.hash(SECRET))
        .doesNotContain(SECRET);
  }

  private User storeAlice(Optional<Instant> expiresAt) {
    return ports
        .users()
        .addWithKey(
            new NewUser("alice", "alice@example.org", Role.USER),
            new NewApiKey("ci", "jeto_known", secrets.hash(SECRET), expiresAt, Optional.empty()));
  }
}
