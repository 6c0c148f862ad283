package io.jeto.adapters.rest;

import io.helidon.webserver.http.ServerRequest;
import io.jeto.application.port.in.NotFoundException;
import java.util.regex.Pattern;

/** Reads identifiers from request paths; anything but a positive long names nothing. */
final class PathIds {

  private static final Pattern CANONICAL = Pattern.compile("[1-9][0-9]{0,18}");

  private PathIds() {}

  static long id(ServerRequest request, String parameter, String kind) {
    String raw = request.path().pathParameters().get(parameter);
    // Only the canonical spelling: "+1" or "01" would make one object answer at many URLs.
    if (CANONICAL.matcher(raw).matches()) {
      try {
        return Long.parseLong(raw);
      } catch (NumberFormatException e) {
        // Past Long.MAX_VALUE: as unknown as any other id (API.md).
      }
    }
    throw new NotFoundException("no " + kind + " " + raw);
  }
}
