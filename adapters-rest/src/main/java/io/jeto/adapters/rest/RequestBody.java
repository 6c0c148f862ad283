package io.jeto.adapters.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.jeto.application.port.in.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON object sent by a client, with accessors that name the field at fault on a wrong type.
 */
final class RequestBody {

  private final ObjectNode json;

  private RequestBody(ObjectNode json) {
    this.json = json;
  }

  static RequestBody read(ServerRequest request, ObjectMapper mapper, long maxBytes) {
    byte[] bytes = readLimited(request, maxBytes);
    JsonNode node;
    try {
      node = mapper.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException("body", "is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!(node instanceof ObjectNode object)) {
      throw new InvalidRequestException("body", "must be a JSON object");
    }
    return new RequestBody(object);
  }

  String requiredText(String field) {
    return optionalText(field).orElseThrow(() -> new InvalidRequestException(field, "is required"));
  }

  Optional<String> optionalText(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new InvalidRequestException(field, "must be a string");
    }
    return Optional.of(value.textValue());
  }

  long requiredId(String field) {
    return optionalId(field).orElseThrow(() -> new InvalidRequestException(field, "is required"));
  }

  Optional<Long> optionalId(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() <= 0) {
      throw new InvalidRequestException(field, "must be a positive integer id");
    }
    return Optional.of(value.longValue());
  }

  Optional<Boolean> optionalBoolean(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      throw new InvalidRequestException(field, "must be true or false");
    }
    return Optional.of(value.booleanValue());
  }

  Optional<List<Long>> optionalIdList(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isArray()) {
      throw new InvalidRequestException(field, "must be an array of ids");
    }
    List<Long> ids = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isIntegralNumber() || !element.canConvertToLong() || element.longValue() <= 0) {
        throw new InvalidRequestException(field, "must be an array of positive integer ids");
      }
      ids.add(element.longValue());
    }
    return Optional.of(ids);
  }

  Optional<List<String>> optionalStringList(String field) {
    return has(field) ? Optional.of(stringList(field)) : Optional.empty();
  }

  Optional<Instant> optionalInstant(String field) {
    return optionalText(field)
        .map(
            text -> {
              try {
                return Instant.parse(text);
              } catch (DateTimeParseException e) {
                throw new InvalidRequestException(
                    field, "must be an ISO-8601 instant such as 2027-01-01T00:00:00Z");
              }
            });
  }

  boolean has(String field) {
    JsonNode value = json.get(field);
    return value != null && !value.isNull();
  }

  Map<String, String> stringMap(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return Map.of();
    }
    if (!value.isObject()) {
      throw new InvalidRequestException(field, "must be an object of strings");
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      if (!entry.getValue().isTextual()) {
        throw new InvalidRequestException(field, "'" + entry.getKey() + "' must be a string");
      }
      result.put(entry.getKey(), entry.getValue().textValue());
    }
    return result;
  }

  List<String> stringList(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidRequestException(field, "is required");
    }
    if (!value.isArray()) {
      throw new InvalidRequestException(field, "must be an array of strings");
    }
    List<String> result = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        throw new InvalidRequestException(field, "must be an array of strings");
      }
      result.add(element.textValue());
    }
    return result;
  }

  private static byte[] readLimited(ServerRequest request, long maxBytes) {
    if (!request.content().hasEntity()) {
      throw new InvalidRequestException("body", "a JSON object is required");
    }
    try (InputStream in = request.content().inputStream()) {
      byte[] bytes = in.readNBytes((int) maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new PayloadTooLargeException(maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
