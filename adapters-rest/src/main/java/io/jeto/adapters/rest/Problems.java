package io.jeto.adapters.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.ConflictException;
import io.jeto.application.port.in.ForbiddenException;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.NotFoundException;
import io.jeto.application.port.in.PreconditionFailedException;
import io.jeto.application.port.in.PreconditionRequiredException;
import io.jeto.application.port.in.UnauthenticatedException;
import io.jeto.domain.port.NameTakenException;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns the use cases' failures into RFC 9457 problem details. */
final class Problems {

  private static final System.Logger LOG = System.getLogger(Problems.class.getName());
  static final String MEDIA_TYPE = "application/problem+json";

  private final ObjectMapper mapper;

  Problems(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void register(HttpRouting.Builder routing) {
    routing
        .error(
            InvalidRequestException.class,
            (req, res, e) -> send(res, 400, "invalid-request", e.getMessage(), e.field()))
        .error(
            UnauthenticatedException.class,
            (req, res, e) -> {
              res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"jeto\"");
              send(res, 401, "unauthenticated", e.getMessage(), null);
            })
        .error(
            ForbiddenException.class,
            (req, res, e) -> send(res, 403, "forbidden", e.getMessage(), null))
        .error(
            NotFoundException.class,
            (req, res, e) -> send(res, 404, "not-found", e.getMessage(), null))
        .error(
            ConflictException.class,
            (req, res, e) -> send(res, 409, "conflict", e.getMessage(), null))
        .error(
            PreconditionFailedException.class,
            (req, res, e) -> send(res, 412, "precondition-failed", e.getMessage(), null))
        .error(
            NameTakenException.class,
            (req, res, e) ->
                send(res, 409, "conflict", e.field() + ": " + e.getMessage(), e.field()))
        .error(
            PreconditionRequiredException.class,
            (req, res, e) -> send(res, 428, "precondition-required", e.getMessage(), "If-Match"))
        .error(
            PayloadTooLargeException.class,
            (req, res, e) -> send(res, 413, "payload-too-large", e.getMessage(), null))
        .error(HttpException.class, this::httpException)
        .error(RuntimeException.class, this::unexpected);
  }

  // Below 400 (a 304 answering a browser's revalidation of a static file) there is no problem
  // to describe, and such answers must not carry a body.
  private void httpException(ServerRequest request, ServerResponse response, HttpException e) {
    int status = e.status().code();
    if (status < 400) {
      response.status(status).send();
      return;
    }
    send(response, status, typeOf(status), detailOf(e), null);
  }

  static String typeOf(int status) {
    return switch (status) {
      case 400 -> "invalid-request";
      case 401 -> "unauthenticated";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 409 -> "conflict";
      case 412 -> "precondition-failed";
      case 413 -> "payload-too-large";
      default -> status >= 500 ? "internal-error" : "http-" + status;
    };
  }

  // Helidon's messages can quote the request back; only the plain cases are worth repeating.
  private static String detailOf(HttpException e) {
    return e.status().code() == 404 ? "no such resource" : e.status().reasonPhrase();
  }

  void notFound(ServerRequest request, ServerResponse response) {
    send(response, 404, "not-found", "no such resource: " + request.path().path(), null);
  }

  private void unexpected(ServerRequest request, ServerResponse response, RuntimeException e) {
    LOG.log(Level.ERROR, "request " + request.prologue() + " failed", e);
    send(response, 500, "internal-error", "the request failed; the service log says why", null);
  }

  private void send(ServerResponse response, int status, String type, String detail, String field) {
    response.status(status);
    response.header(HeaderNames.CONTENT_TYPE, MEDIA_TYPE);
    response.send(body(status, type, detail, field));
  }

  byte[] body(int status, String type, String detail, String field) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "urn:jeto:problem:" + type);
    problem.put("title", Status.create(status).reasonPhrase());
    problem.put("status", status);
    problem.put("detail", detail);
    if (field != null) {
      problem.put("field", field);
    }
    try {
      return mapper.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serializes", e);
    }
  }
}
