package io.jeto.adapters.rest;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jeto.application.port.in.InvalidRequestException;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Cuts a list ordered by id into pages for {@code ?limit=N&cursor=C}; the cursor is the last id
 * of the previous page, so that pages stay stable while items are added.
 */
final class Pages {

  static final int MAX_LIMIT = 1000;

  private Pages() {}

  static <T> List<T> page(
      ServerRequest request, ServerResponse response, List<T> items, ToLongFunction<T> id) {
    if (!request.query().contains("limit") && !request.query().contains("cursor")) {
      return items;
    }
    int limit = (int) number(request, "limit", 1, MAX_LIMIT, 100);
    long cursor = number(request, "cursor", 0, Long.MAX_VALUE, 0);

    List<T> after = items.stream().filter(item -> id.applyAsLong(item) > cursor).toList();
    List<T> page = after.subList(0, Math.min(limit, after.size()));
    if (after.size() > page.size()) {
      long last = id.applyAsLong(page.get(page.size() - 1));
      String next = request.path().absolute().path() + "?limit=" + limit + "&cursor=" + last;
      response.header(HeaderNames.LINK, "<" + next + ">; rel=\"next\"");
    }
    return page;
  }

  private static long number(
      ServerRequest request, String name, long min, long max, long fallback) {
    if (!request.query().contains(name)) {
      return fallback;
    }
    try {
      long value = Long.parseLong(request.query().get(name));
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Falls through to the same answer as an out-of-range number.
    }
    throw new InvalidRequestException(name, "must be a number from " + min + " to " + max);
  }
}
