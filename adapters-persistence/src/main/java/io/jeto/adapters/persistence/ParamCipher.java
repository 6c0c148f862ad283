package io.jeto.adapters.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts host parameter values with AES-256-GCM under a random 12-byte IV per value, stored
 * as {@code v1:<iv>:<ciphertext>} in base64. The host and parameter name are authenticated with
 * the value, so that a stored value moved to another parameter or host fails to decrypt.
 *
 * <p>No message of this class ever holds a value, clear or encrypted.
 */
public final class ParamCipher {

  /** The length of a key, in bytes. */
  public static final int KEY_LENGTH = 32;

  static final String PREFIX = "v1:";

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int IV_LENGTH = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  /**
   * Uses the key, which it copies.
   *
   * @throws IllegalArgumentException if the key is not {@link #KEY_LENGTH} bytes long
   */
  public ParamCipher(byte[] key) {
    requireNonNull(key, "'key' must not be null");
    if (key.length != KEY_LENGTH) {
      throw new IllegalArgumentException(
          "'key' must be " + KEY_LENGTH + " bytes long, not " + key.length);
    }
    this.key = new SecretKeySpec(Arrays.copyOf(key, KEY_LENGTH), "AES");
  }

  /** Whether a stored value was encrypted by this class rather than stored in clear. */
  static boolean isEncrypted(String stored) {
    return stored.startsWith(PREFIX);
  }

  /** The value to store for a parameter of a host. */
  String encrypt(long hostId, String name, String value) {
    byte[] iv = new byte[IV_LENGTH];
    random.nextBytes(iv);
    byte[] sealed;
    try {
      sealed = run(Cipher.ENCRYPT_MODE, iv, hostId, name, value.getBytes(UTF_8));
    } catch (GeneralSecurityException failure) {
      throw unavailable(failure);
    }
    Base64.Encoder base64 = Base64.getEncoder();
    return PREFIX + base64.encodeToString(iv) + ":" + base64.encodeToString(sealed);
  }

  /**
   * The clear value of a stored parameter.
   *
   * @throws IllegalStateException if the value is not one this key encrypted for this parameter
   */
  String decrypt(long hostId, String name, String stored) {
    String[] parts = stored.split(":", -1);
    if (parts.length != 3 || !isEncrypted(stored)) {
      throw unreadable(hostId, name, "it is not in the v1 format");
    }
    byte[] iv;
    byte[] sealed;
    try {
      iv = Base64.getDecoder().decode(parts[1]);
      sealed = Base64.getDecoder().decode(parts[2]);
    } catch (IllegalArgumentException notBase64) {
      throw unreadable(hostId, name, "it is not base64");
    }
    if (iv.length != IV_LENGTH) {
      throw unreadable(hostId, name, "its IV is not " + IV_LENGTH + " bytes long");
    }
    try {
      return new String(run(Cipher.DECRYPT_MODE, iv, hostId, name, sealed), UTF_8);
    } catch (AEADBadTagException wrongKey) {
      throw unreadable(hostId, name, "the key is not the one it was encrypted with");
    } catch (GeneralSecurityException failure) {
      throw unavailable(failure);
    }
  }

  /** A cipher per call, since a Cipher is not safe for concurrent use. */
  private byte[] run(int mode, byte[] iv, long hostId, String name, byte[] input)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(TRANSFORMATION);
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(("host_param:" + hostId + ":" + name).getBytes(UTF_8));
    return cipher.doFinal(input);
  }

  /** The JDK lacks AES-GCM or refuses the key: nothing to do with any value. */
  private static IllegalStateException unavailable(GeneralSecurityException failure) {
    return new IllegalStateException(TRANSFORMATION + " is unavailable", failure);
  }

  private static IllegalStateException unreadable(long hostId, String name, String reason) {
    return new IllegalStateException(
        "Parameter '" + name + "' of host " + hostId + " cannot be decrypted: " + reason);
  }
}
