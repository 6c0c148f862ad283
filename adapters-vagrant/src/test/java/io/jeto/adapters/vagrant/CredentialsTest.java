package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialsTest {

  @Test
  void givenAddressWithUserAndPassword_mask_hidesThePasswordOnly() {
    String text = "fatal: unable to access 'https://deploy:p%40ss:w0rd@git.example.org/shop.git/'";

    String masked = Credentials.mask(text);

    assertThat(masked)
        .isEqualTo("fatal: unable to access 'https://deploy:***@git.example.org/shop.git/'");
  }

  @Test
  void givenAddressWithoutPassword_mask_leavesItAsItIs() {
    String text = "ssh://git@git.example.org/shop.git and https://git.example.org:8443/x";

    String masked = Credentials.mask(text);

    assertThat(masked).isEqualTo(text);
  }

  @Test
  void givenSeveralAddresses_mask_hidesEachPassword() {
    String text = "http://a:one@h1/ then http://b:two@h2/";

    String masked = Credentials.mask(text);

    assertThat(masked).isEqualTo("http://a:***@h1/ then http://b:***@h2/");
  }
}
