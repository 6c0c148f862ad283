package io.jeto.adapters.rest;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.jeto.application.port.in.AuthenticateCallerUseCase;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.UnauthenticatedException;
import java.util.Optional;

/** Reads the API key from either header API.md allows and asks who it belongs to. */
final class CallerResolver {

  static final HeaderName JETO_KEY = HeaderNames.create("X-JETO-KEY");
  private static final String BEARER = "bearer ";

  private final AuthenticateCallerUseCase authenticateCaller;

  CallerResolver(AuthenticateCallerUseCase authenticateCaller) {
    this.authenticateCaller = authenticateCaller;
  }

  Caller caller(ServerRequest request) {
    String key =
        request
            .headers()
            .first(JETO_KEY)
            .or(() -> bearerToken(request))
            .orElseThrow(() -> new UnauthenticatedException("an API key is required"));
    return authenticateCaller.authenticate(key, address(request));
  }

  private static Optional<String> address(ServerRequest request) {
    return Optional.ofNullable(request.remotePeer().host());
  }

  private static Optional<String> bearerToken(ServerRequest request) {
    return request
        .headers()
        .first(HeaderNames.AUTHORIZATION)
        .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
        .map(value -> value.substring(BEARER.length()).strip());
  }
}
