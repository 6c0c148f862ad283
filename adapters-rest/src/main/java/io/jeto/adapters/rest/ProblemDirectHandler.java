package io.jeto.adapters.rest;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;

/**
 * Answers the errors Helidon raises before routing (a body or header too large, a request it
 * cannot parse) as problem details too, so that every error a client sees has one shape.
 */
final class ProblemDirectHandler implements DirectHandler {

  private final Problems problems;

  private ProblemDirectHandler(Problems problems) {
    this.problems = problems;
  }

  static DirectHandlers create(Problems problems) {
    ProblemDirectHandler handler = new ProblemDirectHandler(problems);
    DirectHandlers.Builder builder = DirectHandlers.builder();
    for (EventType type : EventType.values()) {
      builder.addHandler(type, handler);
    }
    return builder.build();
  }

  @Override
  public TransportResponse handle(
      TransportRequest request,
      EventType eventType,
      Status status,
      ServerResponseHeaders headers,
      String message) {
    // Helidon's own message may quote the request; the status says enough.
    return TransportResponse.builder()
        .status(status)
        .headers(headers)
        .header(HeaderNames.CONTENT_TYPE, Problems.MEDIA_TYPE)
        .entity(
            problems.body(
                status.code(), Problems.typeOf(status.code()), status.reasonPhrase(), null))
        .build();
  }
}
