package io.jeto.application.port.in;

/**
 * The limits every text field shares, checked before anything is stored: lengths in characters
 * as users count them (code points), and no control characters, which no process environment,
 * log line or file name takes well.
 */
public final class FieldRules {

  public static final int NAME_LENGTH = 128;
  public static final int SHORT_TEXT_LENGTH = 255;
  public static final int LONG_TEXT_LENGTH = 4096;

  private FieldRules() {}

  /** A name users see: not blank, at most {@link #NAME_LENGTH} characters, one line. */
  public static String name(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(field, "is required and must not be blank");
    }
    return text(field, value, NAME_LENGTH);
  }

  /** Any text: at most {@code maxLength} characters and no control characters. */
  public static String text(String field, String value, int maxLength) {
    if (value == null) {
      throw new InvalidRequestException(field, "is required");
    }
    if (value.codePointCount(0, value.length()) > maxLength) {
      throw new InvalidRequestException(field, "must be at most " + maxLength + " characters");
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequestException(field, "must not contain control characters");
    }
    return value;
  }

  /** Like {@link #text}, but tabs and line ends are fine; only NUL can never be passed on. */
  public static String value(String field, String value, int maxLength) {
    if (value.codePointCount(0, value.length()) > maxLength) {
      throw new InvalidRequestException(field, "must be at most " + maxLength + " characters");
    }
    if (value.indexOf('\0') >= 0) {
      throw new InvalidRequestException(field, "must not contain NUL characters");
    }
    return value;
  }
}
