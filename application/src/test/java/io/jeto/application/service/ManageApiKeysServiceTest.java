package io.jeto.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.ForbiddenException;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.ManageApiKeysUseCase.ApiKeyRequest;
import io.jeto.application.port.in.ManageApiKeysUseCase.CreatedApiKey;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.application.port.in.UnauthenticatedException;
import io.jeto.domain.access.Action;
import io.jeto.domain.access.ApiKey;
import io.jeto.domain.access.Role;
import io.jeto.domain.audit.AuditEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManageApiKeysServiceTest {

  private final InMemoryPorts ports = new InMemoryPorts();
  private final ApiKeySecrets secrets = new ApiKeySecrets();
  private final ManageApiKeysService service =
      new ManageApiKeysService(
          ports.keys(), ports.users(), secrets, ports.policy(), ports.audit(), ports.clock());
  private Caller admin;
  private Caller alice;
  private Caller bob;

  @BeforeEach
  void storeUsers() {
    admin = ports.storeCaller("root", Role.ADMIN);
    alice = ports.storeCaller("alice", Role.USER);
    bob = ports.storeCaller("bob", Role.USER);
  }

  @Test
  void givenUser_createApiKey_makesKeyForItself() {
    CreatedApiKey created = service.createApiKey(alice, () -> request("ci", Optional.empty()));

    assertThat(created.key().userId()).isEqualTo(alice.user().id());
    assertThat(created.key().name()).isEqualTo("ci");
    assertThat(ports.keys().findByUser(alice.user().id())).contains(created.key());
  }

  @Test
  void givenUserAskingForAnotherUsersKey_createApiKey_throwsForbiddenAndStoresNothing() {
    List<ApiKey> before = ports.keys().findAll();

    assertThatThrownBy(
            () -> service.createApiKey(alice, () -> request("ci", Optional.of(bob.user().id()))))
        .isInstanceOf(ForbiddenException.class);
    assertThat(ports.keys().findAll()).isEqualTo(before);
  }

  @Test
  void givenAdministratorAskingForAnotherUsersKey_createApiKey_makesKeyForThatUser() {
    CreatedApiKey created =
        service.createApiKey(admin, () -> request("ci", Optional.of(bob.user().id())));

    assertThat(created.key().userId()).isEqualTo(bob.user().id());
    assertThat(ports.keys().findByUser(bob.user().id())).contains(created.key());
  }

  @Test
  void givenExpiryInThePast_createApiKey_refusesExpiresAtField() {
    ApiKeyRequest request =
        new ApiKeyRequest(
            "ci",
            Optional.empty(),
            Optional.of(InMemoryPorts.NOW.minusSeconds(1)),
            Optional.empty());

    assertRefused(request, "expires_at");
  }

  @Test
  void givenEmptyActionSet_createApiKey_refusesActionsField() {
    ApiKeyRequest request =
        new ApiKeyRequest("ci", Optional.empty(), Optional.empty(), Optional.of(Set.of()));

    assertRefused(request, "actions");
  }

  @Test
  void givenKeyNarrowedToView_createApiKey_throwsForbiddenForAnUnrestrictedKey() {
    Caller narrowed = TestCallerFactory.withKeyNarrowedTo(alice, Action.VIEW);
    List<ApiKey> before = ports.keys().findAll();

    assertThatThrownBy(() -> service.createApiKey(narrowed, () -> request("ci", Optional.empty())))
        .isInstanceOf(ForbiddenException.class);
    assertThat(ports.keys().findAll()).isEqualTo(before);
  }

  @Test
  void givenKeysOfSeveralUsers_listApiKeys_showsUsersOwnKeysAndEveryKeyToAdministrator() {
    service.createApiKey(alice, () -> request("ci", Optional.empty()));
    service.createApiKey(bob, () -> request("ci", Optional.empty()));

    List<ApiKey> seenByAlice = service.listApiKeys(alice);
    List<ApiKey> seenByAdmin = service.listApiKeys(admin);

    assertThat(seenByAlice)
        .hasSize(2)
        .allSatisfy(key -> assertThat(key.userId()).isEqualTo(alice.user().id()));
    assertThat(seenByAdmin).containsExactlyElementsOf(ports.keys().findAll()).hasSize(5);
  }

  @Test
  void givenAnotherUsersKey_revokeApiKey_throwsNotFoundAndLeavesItActive() {
    long bobsKey = bob.key().id();

    assertThatThrownBy(() -> service.revokeApiKey(alice, bobsKey))
        .isInstanceOf(NotFoundException.class);
    assertThat(ports.keys().findById(bobsKey).orElseThrow().revokedAt()).isEmpty();
  }

  @Test
  void givenRevokedKey_authenticate_throwsUnauthenticated() {
    AuthenticateCallerService authentication =
        new AuthenticateCallerService(ports.keys(), ports.users(), secrets, ports.clock());
    CreatedApiKey created = service.createApiKey(alice, () -> request("ci", Optional.empty()));
    authentication.authenticate(created.secret());

    service.revokeApiKey(alice, created.key().id());

    assertThatThrownBy(() -> authentication.authenticate(created.secret()))
        .isInstanceOf(UnauthenticatedException.class);
    assertThat(ports.keys().findById(created.key().id()).orElseThrow().revokedAt())
        .contains(InMemoryPorts.NOW);
  }

  @Test
  void givenCreatedAndRevokedKey_auditLog_recordsBothWithoutTheSecret() {
    CreatedApiKey created = service.createApiKey(alice, () -> request("ci", Optional.empty()));

    service.revokeApiKey(alice, created.key().id());

    assertThat(ports.auditLog().all())
        .extracting(AuditEntry::action)
        .containsExactly("create", "revoke");
    assertThat(ports.auditLog().all())
        .allSatisfy(
            entry -> {
              assertThat(entry.objectType()).isEqualTo("api_key");
              assertThat(entry.objectId()).contains(created.key().id());
              assertThat(entry.userId()).contains(alice.user().id());
              assertThat(entry.details().orElse("")).doesNotContain(created.secret());
            });
  }

  private static ApiKeyRequest request(String name, Optional<Long> userId) {
    return new ApiKeyRequest(name, userId, Optional.empty(), Optional.empty());
  }

  private void assertRefused(ApiKeyRequest request, String field) {
    List<ApiKey> before = ports.keys().findAll();
    assertThatThrownBy(() -> service.createApiKey(alice, () -> request))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
    assertThat(ports.keys().findAll()).isEqualTo(before);
  }
}
