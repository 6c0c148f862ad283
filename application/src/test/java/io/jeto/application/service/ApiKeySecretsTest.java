package io.jeto.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.application.service.ApiKeySecrets.GeneratedSecret;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ApiKeySecretsTest {

  private final ApiKeySecrets secrets = new ApiKeySecrets();

  @Test
  void givenManyGenerations_generate_returnsDistinctSecrets() {
    Set<String> generated =
        Stream.generate(secrets::generate)
            .limit(100)
            .map(GeneratedSecret::secret)
            .collect(Collectors.toSet());

    assertThat(generated).hasSize(100);
  }

  @Test
  void givenNewSecret_generate_startsWithJetoAndCarries256Bits() {
    GeneratedSecret generated = secrets.generate();

    assertThat(generated.secret()).startsWith("jeto_");
    // 32 random bytes are 43 characters of unpadded URL-safe Base64.
    assertThat(generated.secret()).hasSize("jeto_".length() + 43).matches("jeto_[A-Za-z0-9_-]+");
  }

  @Test
  void givenNewSecret_generate_showsAShortPrefixOfTheSecret() {
    GeneratedSecret generated = secrets.generate();

    assertThat(generated.secret()).startsWith(generated.prefix());
    assertThat(generated.prefix()).startsWith("jeto_").hasSizeLessThan(generated.secret().length());
  }

  @Test
  void givenNewSecret_generate_hashesIt() {
    GeneratedSecret generated = secrets.generate();

    assertThat(generated.hash())
        .isEqualTo(secrets.hash(generated.secret()))
        .isNotEqualTo(generated.secret())
        .doesNotContain(generated.secret());
  }

  @Test
  void givenSameSecret_hash_isStableAcrossInstances() {
    String first = secrets.hash("jeto_fixed");

    String second = new ApiKeySecrets().hash("jeto_fixed");

    assertThat(second).isEqualTo(first).matches("[0-9a-f]{64}");
  }

  @Test
  void givenKnownInput_hash_isSha256InHex() {
    String hash = secrets.hash("abc");

    assertThat(hash).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void givenDifferentSecrets_hash_differs() {
    String first = secrets.hash("jeto_one");

    String second = secrets.hash("jeto_two");

    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void givenConfiguredSecret_describe_showsAtMostHalfOfIt() {
    GeneratedSecret described = secrets.describe("short-key");

    assertThat("short-key").startsWith(described.prefix());
    assertThat(described.prefix()).hasSizeLessThanOrEqualTo("short-key".length() / 2);
    assertThat(described.hash()).isEqualTo(secrets.hash("short-key"));
  }

  @Test
  void givenGeneratedSecret_toString_doesNotContainTheSecretNorItsHash() {
    GeneratedSecret generated = secrets.generate();

    String shown = generated.toString();

    assertThat(shown).doesNotContain(generated.secret()).doesNotContain(generated.hash());
    assertThat(shown).contains(generated.prefix());
  }
}
