package io.jeto.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes API key secrets and the hashes that are stored instead of them.
 *
 * <p>Generated secrets carry 256 random bits, so a plain SHA-256 is enough to make a stolen
 * database useless for calling Jeto; a slow password hash would only slow every request.
 */
public final class ApiKeySecrets {

  static final String SECRET_PREFIX = "jeto_";
  private static final int SECRET_BYTES = 32;
  private static final int SHOWN_PREFIX_LENGTH = 12;

  private final SecureRandom random = new SecureRandom();

  /** A new secret, with the part of it that lists may show. */
  record GeneratedSecret(String secret, String prefix, String hash) {

    @Override
    public String toString() {
      return "GeneratedSecret[prefix=" + prefix + "]";
    }
  }

  GeneratedSecret generate() {
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return describe(secret);
  }

  GeneratedSecret describe(String secret) {
    return new GeneratedSecret(secret, shownPrefix(secret), hash(secret));
  }

  String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }

  private static String shownPrefix(String secret) {
    // A quarter at most, so that a short key chosen by an operator is not half shown.
    return secret.substring(0, Math.min(SHOWN_PREFIX_LENGTH, secret.length() / 4));
  }
}
