package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SshConfigParserTest {

  @Test
  void givenLxcSshConfig_hostName_givesTheContainerAddress() {
    String output = Fixtures.read("ssh-config-output.txt");

    Optional<String> hostName = SshConfigParser.hostName(output);

    assertThat(hostName).contains("10.0.3.208");
  }

  @Test
  void givenDockerSshConfig_hostName_givesTheForwardedAddress() {
    String output = Fixtures.read("ssh-config-output-docker.txt");

    Optional<String> hostName = SshConfigParser.hostName(output);

    assertThat(hostName).contains("127.0.0.1");
  }

  @Test
  void givenOtherCaseAndEqualsSign_hostName_stillFindsIt() {
    String output = "Host web\n  hostname=192.0.2.7\n  User vagrant\n";

    Optional<String> hostName = SshConfigParser.hostName(output);

    assertThat(hostName).contains("192.0.2.7");
  }

  @Test
  void givenNoHostNameLine_hostName_givesNothing() {
    String output = "Host web\n  User vagrant\n  HostKeyAlias web\n";

    Optional<String> hostName = SshConfigParser.hostName(output);

    assertThat(hostName).isEmpty();
  }
}
