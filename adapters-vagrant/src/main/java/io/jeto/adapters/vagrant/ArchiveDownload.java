package io.jeto.adapters.vagrant;

import io.jeto.domain.command.ConsoleSink;
import io.jeto.domain.command.ConsoleStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Downloads an archive over HTTP or HTTPS into a file, within a size limit and the guard's time.
 *
 * <p>Redirects are followed by hand, so that each new address is checked like the first: http or
 * https only, and never from https down to http.
 */
final class ArchiveDownload {

  private static final int MAX_REDIRECTS = 5;
  private static final int CHUNK = 64 * 1024;
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final long maxBytes;

  ArchiveDownload(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Saves the body of the final answer into the file and returns its size in bytes. */
  long download(URI address, Path file, FetchGuard guard, ConsoleSink console)
      throws ArchiveFailure, InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(guard.remaining())
            .build();
    // Aborting the client fails whatever it blocks on, a body read included.
    guard.onStop(client::shutdownNow);
    try {
      HttpResponse<InputStream> response = follow(client, address, guard, console);
      return save(response, file, guard);
    } catch (IOException e) {
      guard.check();
      throw new ArchiveFailure("could not download " + shown(address) + ": " + describe(e));
    } finally {
      client.shutdownNow();
    }
  }

  private HttpResponse<InputStream> follow(
      HttpClient client, URI address, FetchGuard guard, ConsoleSink console)
      throws IOException, InterruptedException, ArchiveFailure {
    URI current = address;
    for (int redirects = 0; ; redirects++) {
      HttpResponse<InputStream> response =
          client.send(request(current, guard), BodyHandlers.ofInputStream());
      int status = response.statusCode();
      if (!REDIRECTS.contains(status)) {
        if (status / 100 == 2) {
          return response;
        }
        response.body().close();
        throw new ArchiveFailure("the server answered " + status + " for " + shown(current));
      }
      response.body().close();
      if (redirects == MAX_REDIRECTS) {
        throw new ArchiveFailure(
            "more than " + MAX_REDIRECTS + " redirects from " + shown(address));
      }
      current = redirectTarget(current, response);
      console.line(ConsoleStream.JETO, "redirected to " + shown(current));
    }
  }

  private static HttpRequest request(URI address, FetchGuard guard) throws ArchiveFailure {
    try {
      return HttpRequest.newBuilder(address).timeout(guard.remaining()).build();
    } catch (IllegalArgumentException e) {
      throw new ArchiveFailure(shown(address) + " cannot be requested: " + e.getMessage());
    }
  }

  private static URI redirectTarget(URI current, HttpResponse<?> response) throws ArchiveFailure {
    Optional<String> location = response.headers().firstValue("Location");
    if (location.isEmpty()) {
      throw new ArchiveFailure(
          "the server answered " + response.statusCode() + " without a Location header");
    }
    URI next;
    try {
      next = current.resolve(location.get().strip());
    } catch (IllegalArgumentException e) {
      throw new ArchiveFailure("the server redirected to an invalid address: " + e.getMessage());
    }
    Optional<String> refused = HttpArchiveFetcher.refusal(next);
    if (refused.isPresent()) {
      throw new ArchiveFailure("refused a redirect: " + refused.get());
    }
    if (current.getScheme().equalsIgnoreCase("https")
        && next.getScheme().equalsIgnoreCase("http")) {
      throw new ArchiveFailure("refused a redirect from https down to http: " + shown(next));
    }
    return next;
  }

  private long save(HttpResponse<InputStream> response, Path file, FetchGuard guard)
      throws IOException, ArchiveFailure {
    try (InputStream body = response.body();
        OutputStream out = Files.newOutputStream(file)) {
      // A declared size past the limit fails before a byte is read.
      if (declaredLength(response).orElse(0) > maxBytes) {
        throw tooLarge();
      }
      long total = 0;
      byte[] chunk = new byte[CHUNK];
      for (int count = body.read(chunk); count >= 0; count = body.read(chunk)) {
        guard.check();
        total += count;
        if (total > maxBytes) {
          throw tooLarge();
        }
        out.write(chunk, 0, count);
      }
      guard.check();
      return total;
    }
  }

  private static OptionalLong declaredLength(HttpResponse<?> response) {
    try {
      return response.headers().firstValueAsLong("Content-Length");
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private ArchiveFailure tooLarge() {
    return new ArchiveFailure("archive is larger than " + maxBytes + " bytes");
  }

  private static String describe(IOException e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  static String shown(URI address) {
    return Credentials.mask(address.toString());
  }
}
