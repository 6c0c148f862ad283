package io.jeto.adapters.persistence;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * Gives the key that host parameters are encrypted with: from configuration text, or from a key
 * file that only its owner may read, created on first start.
 */
public final class ParamKeys {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private static final Set<PosixFilePermission> OWNER_RIGHTS =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  private ParamKeys() {}

  /**
   * The key that the text encodes in standard base64, such as {@code openssl rand -base64 32}
   * prints. The messages never repeat the text.
   *
   * @throws IllegalArgumentException if the text is not base64 of {@value
   *     ParamCipher#KEY_LENGTH} bytes
   */
  public static byte[] fromBase64(String encoded) {
    requireNonNull(encoded, "'encoded' must not be null");
    byte[] key;
    try {
      key = Base64.getDecoder().decode(encoded.strip());
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException("The key is not base64");
    }
    if (key.length != ParamCipher.KEY_LENGTH) {
      throw new IllegalArgumentException(
          "The key must be " + ParamCipher.KEY_LENGTH + " bytes, not " + key.length);
    }
    return key;
  }

  /**
   * The key in the file, which holds its {@value ParamCipher#KEY_LENGTH} raw bytes. A missing
   * file is created with a new random key, readable and writable by its owner only from the
   * moment it appears: it is written under a temporary name created with those permissions,
   * then linked to its name, so that two services starting together end with the same key.
   *
   * @throws IllegalStateException if the file is not {@value ParamCipher#KEY_LENGTH} bytes
   *     long, or its group or others may read or change it
   * @throws UncheckedIOException if the file cannot be read or created
   */
  public static byte[] loadOrCreate(Path keyFile) {
    requireNonNull(keyFile, "'keyFile' must not be null");
    try {
      if (Files.notExists(keyFile)) {
        create(keyFile.toAbsolutePath());
      }
      return load(keyFile);
    } catch (IOException failure) {
      throw new UncheckedIOException("Cannot read or create the key file " + keyFile, failure);
    }
  }

  /** A new random key, for a database whose host parameters need not outlive the process. */
  public static byte[] random() {
    byte[] key = new byte[ParamCipher.KEY_LENGTH];
    new SecureRandom().nextBytes(key);
    return key;
  }

  private static byte[] load(Path keyFile) throws IOException {
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
    if (!OWNER_RIGHTS.containsAll(permissions)) {
      throw new IllegalStateException(
          String.format(
              "The key file %s must be readable by its owner only (chmod 600), not %s",
              keyFile, PosixFilePermissions.toString(permissions)));
    }
    byte[] key = Files.readAllBytes(keyFile);
    if (key.length != ParamCipher.KEY_LENGTH) {
      throw new IllegalStateException(
          String.format(
              "The key file %s must hold %d bytes, not %d",
              keyFile, ParamCipher.KEY_LENGTH, key.length));
    }
    return key;
  }

  private static void create(Path keyFile) throws IOException {
    Path directory = keyFile.getParent();
    Files.createDirectories(directory);
    FileAttribute<Set<PosixFilePermission>> ownerOnly =
        PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    Path temporary = Files.createTempFile(directory, ".jeto-key-", ".tmp", ownerOnly);
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(random()));
        channel.force(true);
      }
      Files.createLink(keyFile, temporary);
    } catch (FileAlreadyExistsException anotherStartCreatedIt) {
      // Its key wins; it is read like any existing file.
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
