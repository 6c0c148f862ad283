package io.jeto.adapters.rest;

import io.helidon.webserver.http.ServerRequest;
import io.jeto.application.port.in.NotFoundException;

/** Reads identifiers from request paths; anything but a positive long names nothing. */
final class PathIds {

  private PathIds() {}

  static long id(ServerRequest request, String parameter, String kind) {
    String raw = request.path().pathParameters().get(parameter);
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // Falls through: a malformed id and an unknown id answer the same way (API.md).
    }
    throw new NotFoundException("no " + kind + " " + raw);
  }
}
