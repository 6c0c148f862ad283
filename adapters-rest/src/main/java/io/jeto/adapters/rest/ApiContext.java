package io.jeto.adapters.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;

/** What every endpoint needs: who is calling, the request body, and how to answer a creation. */
final class ApiContext {

  private final CallerResolver callers;
  private final ObjectMapper mapper;
  private final long maxBodyBytes;

  ApiContext(CallerResolver callers, ObjectMapper mapper, long maxBodyBytes) {
    this.callers = callers;
    this.mapper = mapper;
    this.maxBodyBytes = maxBodyBytes;
  }

  Caller caller(ServerRequest request) {
    return callers.caller(request);
  }

  RequestBody body(ServerRequest request) {
    return RequestBody.read(request, mapper, maxBodyBytes);
  }

  String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("API values always serialize", e);
    }
  }

  void accepted(ServerResponse response, String location, Object body) {
    response.status(Status.ACCEPTED_202);
    response.header(HeaderNames.LOCATION, location);
    response.send(body);
  }

  void created(ServerResponse response, String location, Object body) {
    response.status(Status.CREATED_201);
    response.header(HeaderNames.LOCATION, location);
    response.send(body);
  }
}
