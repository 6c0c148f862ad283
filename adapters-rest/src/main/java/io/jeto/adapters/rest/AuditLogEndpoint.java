package io.jeto.adapters.rest;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.Caller;
import io.jeto.application.port.in.InvalidRequestException;
import io.jeto.application.port.in.ReadAuditLogUseCase;
import io.jeto.domain.audit.AuditEntry;
import io.jeto.domain.audit.AuditQuery;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/auditlog}: newest first, filtered by {@code user}, {@code object_type},
 * {@code object_id} and {@code action}, paged with {@code limit} and {@code cursor} (the last
 * id of the previous page) and a {@code Link} to the next page.
 */
final class AuditLogEndpoint implements HttpService {

  private static final int DEFAULT_LIMIT = 100;
  private static final int MAX_LIMIT = 1000;

  private final ApiContext api;
  private final ReadAuditLogUseCase readAuditLog;

  AuditLogEndpoint(ApiContext api, ReadAuditLogUseCase readAuditLog) {
    this.api = api;
    this.readAuditLog = readAuditLog;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::list);
  }

  private void list(ServerRequest request, ServerResponse response) {
    Caller caller = api.caller(request);
    int limit = (int) number(request, "limit").orElse((long) DEFAULT_LIMIT).longValue();
    if (limit > MAX_LIMIT) {
      throw new InvalidRequestException("limit", "must be at most " + MAX_LIMIT);
    }
    AuditQuery query =
        new AuditQuery(
            number(request, "user"),
            text(request, "object_type"),
            number(request, "object_id"),
            text(request, "action"),
            number(request, "cursor"),
            limit);

    List<AuditEntry> entries = readAuditLog.readAuditLog(caller, query);

    if (entries.size() == limit) {
      String next =
          request.path().absolute().path()
              + "?"
              + request.query().rawValue().replaceAll("(^|&)cursor=[^&]*", "")
              + "&cursor="
              + entries.getLast().id();
      response.header(HeaderNames.LINK, "<" + next.replace("?&", "?") + ">; rel=\"next\"");
    }
    response.send(entries.stream().map(AuditEntryJson::fromDomainModel).toList());
  }

  private static Optional<String> text(ServerRequest request, String name) {
    return request.query().first(name).asOptional().filter(value -> !value.isBlank());
  }

  private static Optional<Long> number(ServerRequest request, String name) {
    return text(request, name)
        .map(
            value -> {
              try {
                long parsed = Long.parseLong(value);
                if (parsed > 0) {
                  return parsed;
                }
              } catch (NumberFormatException e) {
                // Reported below like any other bad number.
              }
              throw new InvalidRequestException(name, "must be a positive whole number");
            });
  }
}
