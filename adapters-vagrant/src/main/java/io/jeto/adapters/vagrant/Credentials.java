package io.jeto.adapters.vagrant;

import java.util.regex.Pattern;

/** Hides the password of {@code user:password@} addresses in text that people or logs see. */
final class Credentials {

  // The user info ends at the last '@' before the host; a password with '@' must be escaped.
  private static final Pattern PASSWORD = Pattern.compile("(://[^/@:\\s]*):[^/@\\s]*@");

  private Credentials() {}

  static String mask(String text) {
    return PASSWORD.matcher(text).replaceAll("$1:***@");
  }
}
