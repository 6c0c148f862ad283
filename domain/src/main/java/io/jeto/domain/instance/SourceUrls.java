package io.jeto.domain.instance;

import java.util.regex.Pattern;

/**
 * Archive and repository addresses may carry {@code user:password@}: it is a secret, kept out
 * of answers, consoles and the audit log.
 */
public final class SourceUrls {

  private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@");

  private SourceUrls() {}

  /** The URL with any {@code user:password@} part replaced by {@code ********@}. */
  public static String withoutPassword(String url) {
    return USER_INFO.matcher(url).replaceFirst("$1********@");
  }
}
