package io.jeto.bootstrap;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service's settings, read from {@code JETO_*} environment variables, with defaults that
 * work on a fresh machine.
 *
 * @param port the HTTP port ({@code JETO_PORT}, 8080)
 * @param bind the address to listen on ({@code JETO_BIND}, loopback)
 * @param dataDir where the database and workspaces live ({@code JETO_DATA}, {@code ./jeto-data})
 * @param databaseUrl the JDBC URL ({@code JETO_DB_URL}); empty for an H2 file under the data dir
 * @param vagrant the Vagrant command ({@code JETO_VAGRANT}, {@code vagrant} on PATH)
 * @param roots where instance paths may lie ({@code JETO_ROOTS}, path-separated; default
 *     {@code <data dir>/workspaces})
 * @param adminKey the first administrator's key ({@code JETO_ADMIN_KEY}); generated if unset
 * @param statusTimeout how long {@code vagrant status} may run ({@code JETO_STATUS_TIMEOUT},
 *     seconds, 60)
 * @param longTimeout how long {@code up}, {@code reload} and {@code provision} may run
 *     ({@code JETO_LONG_TIMEOUT}, seconds, 1800)
 * @param otherTimeout how long every other command may run ({@code JETO_OTHER_TIMEOUT},
 *     seconds, 600)
 * @param maxCommands how many commands may run at once ({@code JETO_MAX_COMMANDS}, 4)
 * @param consoleMaxBytes the console kept per command ({@code JETO_CONSOLE_MAX_BYTES}, 8 MiB)
 * @param git the git command ({@code JETO_GIT}, {@code git} on PATH)
 * @param archiveMaxBytes the largest archive downloaded ({@code JETO_ARCHIVE_MAX_BYTES}, 512 MiB;
 *     four times as much may be extracted from it)
 * @param secretKey the base64 key that encrypts host parameters ({@code JETO_SECRET_KEY}); empty
 *     for a key file {@code <data dir>/secret.key} made on the first start, readable by its owner
 *     only
 */
public record JetoConfig(
    int port,
    String bind,
    Path dataDir,
    Optional<String> databaseUrl,
    String vagrant,
    List<Path> roots,
    Optional<String> adminKey,
    Duration statusTimeout,
    Duration longTimeout,
    Duration otherTimeout,
    int maxCommands,
    long consoleMaxBytes,
    String git,
    long archiveMaxBytes,
    Optional<String> secretKey) {

  public JetoConfig {
    requireNonNull(bind, "'bind' must not be null");
    requireNonNull(dataDir, "'dataDir' must not be null");
    requireNonNull(databaseUrl, "'databaseUrl' must not be null");
    requireNonNull(vagrant, "'vagrant' must not be null");
    roots = List.copyOf(requireNonNull(roots, "'roots' must not be null"));
    requireNonNull(adminKey, "'adminKey' must not be null");
    requireNonNull(statusTimeout, "'statusTimeout' must not be null");
    requireNonNull(longTimeout, "'longTimeout' must not be null");
    requireNonNull(otherTimeout, "'otherTimeout' must not be null");
    requireNonNull(git, "'git' must not be null");
    requireNonNull(secretKey, "'secretKey' must not be null");
  }

  private static final int MIB = 1024 * 1024;
  private static final int MIN_KEY_LENGTH = 16;

  /** Reads the settings; a malformed value stops start-up with a message naming the variable. */
  public static JetoConfig fromEnvironment(Map<String, String> env) {
    Path dataDir = Path.of(value(env, "JETO_DATA").orElse("jeto-data")).toAbsolutePath();
    List<Path> roots =
        value(env, "JETO_ROOTS")
            .map(JetoConfig::paths)
            .orElse(List.of(dataDir.resolve("workspaces")));
    return new JetoConfig(
        integer(env, "JETO_PORT", 8080, 0, 65535),
        value(env, "JETO_BIND").orElse("127.0.0.1"),
        dataDir,
        value(env, "JETO_DB_URL"),
        value(env, "JETO_VAGRANT").orElse("vagrant"),
        roots,
        adminKey(env),
        seconds(env, "JETO_STATUS_TIMEOUT", 60),
        seconds(env, "JETO_LONG_TIMEOUT", 1800),
        seconds(env, "JETO_OTHER_TIMEOUT", 600),
        integer(env, "JETO_MAX_COMMANDS", 4, 1, 64),
        integer(env, "JETO_CONSOLE_MAX_BYTES", 8 * MIB, 64 * 1024, Integer.MAX_VALUE),
        value(env, "JETO_GIT").orElse("git"),
        integer(env, "JETO_ARCHIVE_MAX_BYTES", 512 * MIB, 1024, Integer.MAX_VALUE),
        value(env, "JETO_SECRET_KEY"));
  }

  private static Optional<String> adminKey(Map<String, String> env) {
    Optional<String> key = value(env, "JETO_ADMIN_KEY");
    if (key.isPresent() && (key.get().length() < MIN_KEY_LENGTH || key.get().contains(" "))) {
      throw new IllegalArgumentException(
          "JETO_ADMIN_KEY must be at least " + MIN_KEY_LENGTH + " characters, without spaces");
    }
    return key;
  }

  private static Duration seconds(Map<String, String> env, String name, int fallback) {
    return Duration.ofSeconds(integer(env, name, fallback, 1, 24 * 3600));
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static int integer(Map<String, String> env, String name, int fallback, int min, int max) {
    Optional<String> raw = value(env, name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(raw.get());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // Reported below with the accepted range.
    }
    throw new IllegalArgumentException(
        name + " must be a whole number from " + min + " to " + max + ", not '" + raw.get() + "'");
  }

  private static List<Path> paths(String list) {
    List<Path> paths =
        Arrays.stream(list.split(File.pathSeparator))
            .map(String::strip)
            .filter(part -> !part.isEmpty())
            .map(Path::of)
            .toList();
    if (paths.stream().anyMatch(path -> !path.isAbsolute())) {
      throw new IllegalArgumentException("JETO_ROOTS must list absolute directories: " + list);
    }
    return paths;
  }
}
