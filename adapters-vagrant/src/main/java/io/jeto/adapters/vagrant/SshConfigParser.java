package io.jeto.adapters.vagrant;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a machine's address in the output of {@code vagrant ssh-config}. */
final class SshConfigParser {

  // ssh_config keywords ignore case, and a value may follow a space or an equals sign.
  private static final Pattern HOST_NAME =
      Pattern.compile(
          "^\\s*HostName(?:\\s*=\\s*|\\s+)(\\S+)\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  private SshConfigParser() {}

  static Optional<String> hostName(String output) {
    Matcher matcher = HOST_NAME.matcher(output);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
