package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class ParamCipherTest {

  private static final String SECRET = "s3cret-Value-2b8";

  private final ParamCipher cipher = new ParamCipher(TestPersistence.PARAM_KEY);

  @Test
  void givenValue_encrypt_givesV1FormatWithTwelveByteIv() {
    String stored = cipher.encrypt(1, "TOKEN", SECRET);

    String[] parts = stored.split(":");
    assertThat(parts).hasSize(3);
    assertThat(parts[0]).isEqualTo("v1");
    assertThat(Base64.getDecoder().decode(parts[1])).hasSize(12);
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(SECRET.length() + 16);
    assertThat(stored).doesNotContain(SECRET);
  }

  @Test
  void givenEncryptedValue_decrypt_givesItBack() {
    String stored = cipher.encrypt(1, "TOKEN", SECRET);

    String clear = cipher.decrypt(1, "TOKEN", stored);

    assertThat(clear).isEqualTo(SECRET);
  }

  @Test
  void givenNonAsciiAndEmptyValues_decrypt_givesThemBack() {
    String unicode = "cl\u00e9 \uD83D\uDD11 \u5bc6\u94a5";

    assertThat(cipher.decrypt(2, "A", cipher.encrypt(2, "A", unicode))).isEqualTo(unicode);
    assertThat(cipher.decrypt(2, "B", cipher.encrypt(2, "B", ""))).isEmpty();
  }

  @Test
  void givenSameValueTwice_encrypt_usesFreshIvEachTime() {
    String first = cipher.encrypt(1, "TOKEN", SECRET);
    String second = cipher.encrypt(1, "TOKEN", SECRET);

    assertThat(first).isNotEqualTo(second);
    assertThat(first.split(":")[1]).isNotEqualTo(second.split(":")[1]);
  }

  @Test
  void givenOtherKey_decrypt_failsWithoutShowingTheValue() {
    String stored = new ParamCipher(TestPersistence.OTHER_KEY).encrypt(1, "TOKEN", SECRET);

    assertThatThrownBy(() -> cipher.decrypt(1, "TOKEN", stored))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'TOKEN'")
        .hasMessageContaining("host 1")
        .hasMessageContaining("key")
        .hasNoCause()
        .satisfies(
            failure ->
                assertThat(failure.getMessage()).doesNotContain(SECRET).doesNotContain(stored));
  }

  @Test
  void givenValueOfAnotherParamOrHost_decrypt_fails() {
    String stored = cipher.encrypt(1, "TOKEN", SECRET);

    assertThatThrownBy(() -> cipher.decrypt(1, "OTHER", stored))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.decrypt(2, "TOKEN", stored))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void givenAlteredCiphertext_decrypt_fails() {
    String stored = cipher.encrypt(1, "TOKEN", SECRET);
    String[] parts = stored.split(":");
    byte[] sealed = Base64.getDecoder().decode(parts[2]);
    sealed[0] ^= 1;
    String altered = "v1:" + parts[1] + ":" + Base64.getEncoder().encodeToString(sealed);

    assertThatThrownBy(() -> cipher.decrypt(1, "TOKEN", altered))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void givenMalformedValues_decrypt_failsWithoutShowingThem() {
    for (String malformed :
        new String[] {"v1:" + SECRET, "v1:!!:" + SECRET, "v1:AAAA:" + SECRET, SECRET}) {
      assertThatThrownBy(() -> cipher.decrypt(1, "TOKEN", malformed))
          .isInstanceOf(IllegalStateException.class)
          .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain(SECRET));
    }
  }

  @Test
  void givenKeyOfWrongLength_constructor_throws() {
    assertThatThrownBy(() -> new ParamCipher(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32")
        .hasMessageContaining("31");
  }

  @Test
  void givenKeyChangedAfterwards_encrypt_keepsUsingTheKeyItWasGiven() {
    byte[] key = TestPersistence.PARAM_KEY.clone();
    ParamCipher copied = new ParamCipher(key);
    String stored = copied.encrypt(1, "TOKEN", SECRET);

    key[0] ^= 1;

    assertThat(cipher.decrypt(1, "TOKEN", stored)).isEqualTo(SECRET);
    assertThat(copied.decrypt(1, "TOKEN", copied.encrypt(1, "TOKEN", SECRET))).isEqualTo(SECRET);
  }
}
