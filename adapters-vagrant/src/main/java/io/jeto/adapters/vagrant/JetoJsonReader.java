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

  // Untyped values come out as LinkedHashMap and ArrayList, which keep the file's order.
  private final ObjectMapper mapper =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

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
      return unreadable(directory, "jeto.json is a link to a file that does not exist", e);
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

  private static JetoInfos unreadable(Path directory, String reason, Throwable cause) {
    LOG.log(Level.WARNING, () -> "Ignoring the jeto.json in " + directory + ": " + reason, cause);
    return JetoInfos.unreadable(reason);
  }
}
