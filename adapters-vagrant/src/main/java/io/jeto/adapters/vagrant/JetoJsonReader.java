package io.jeto.adapters.vagrant;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jeto.domain.instance.JetoInfos;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads an environment's {@code jeto.json} into plain Java values, refusing what it must not. */
final class JetoJsonReader {

  static final String FILE_NAME = "jeto.json";
  static final int MAX_BYTES = 1024 * 1024;
  private static final System.Logger LOG = System.getLogger(JetoJsonReader.class.getName());

  // Untyped values come out as LinkedHashMap and ArrayList, which keep the file's order. A double
  // would make 1e400 Infinity and drop digits, so fractions and exponents stay BigDecimal;
  // integers come out as Integer, Long or BigInteger, whichever holds them.
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  JetoInfos read(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return JetoInfos.none();
    }
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(directory.toRealPath())) {
        return unreadable(directory, "jeto.json points outside the instance directory", null);
      }
      if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
        return unreadable(directory, "jeto.json is not a regular file", null);
      }
      byte[] content = readAtMost(real, MAX_BYTES + 1);
      if (content.length > MAX_BYTES) {
        return unreadable(directory, "jeto.json is larger than 1 MiB", null);
      }
      return parse(directory, content);
    } catch (NoSuchFileException e) {
      return unreadable(directory, "jeto.json is a link to a file that does not exist", null);
    } catch (IOException e) {
      return unreadable(directory, "jeto.json could not be read: " + e.getMessage(), e);
    }
  }

  // The size is checked on what was read rather than on the file's size, which could change.
  private static byte[] readAtMost(Path file, int limit) throws IOException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return in.readNBytes(limit);
    }
  }

  private JetoInfos parse(Path directory, byte[] content) {
    Object value;
    try {
      value = mapper.readValue(content, Object.class);
    } catch (JsonProcessingException e) {
      // Jackson's own message quotes the offending text, which may be a secret: only the place.
      return unreadable(directory, "jeto.json is not valid JSON: " + place(e.getLocation()), null);
    } catch (NumberFormatException e) {
      // Valid JSON, but an exponent such as 1e-2147483649 is beyond what a BigDecimal holds.
      return unreadable(directory, "jeto.json holds a number whose exponent is out of range", null);
    } catch (IOException e) {
      return unreadable(directory, "jeto.json could not be read: " + e.getMessage(), e);
    }
    if (!(value instanceof Map<?, ?> members)) {
      return unreadable(directory, "jeto.json must hold a JSON object at its top level", null);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    members.forEach((name, member) -> values.put((String) name, member));
    return new JetoInfos(values, Optional.empty());
  }

  private static String place(JsonLocation location) {
    if (location == null) {
      return "error at an unknown place";
    }
    return "error at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  // The reason goes to the client with the instance, and every list call reads the file again:
  // a warning would repeat it there each time. Only an unforeseen I/O error has a cause.
  private static JetoInfos unreadable(Path directory, String reason, Throwable cause) {
    LOG.log(Level.DEBUG, () -> "Ignoring the jeto.json in " + directory + ": " + reason, cause);
    return JetoInfos.unreadable(reason);
  }
}
