package io.jeto.adapters.vagrant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Keeps a bounded prefix of one output stream, for the calls that parse what a process said. */
final class StreamCollector implements OutputReader {

  private static final int CHUNK = 8192;

  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final int limit;
  private boolean truncated;
  private boolean abandoned;

  StreamCollector(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("'limit' must be positive, was " + limit);
    }
    this.limit = limit;
  }

  @Override
  public void read(InputStream stream) throws IOException {
    byte[] chunk = new byte[CHUNK];
    // Reading on past the limit keeps the pipe empty, so the process never blocks on a write.
    for (int count = stream.read(chunk); count >= 0; count = stream.read(chunk)) {
      keep(chunk, count);
    }
  }

  @Override
  public synchronized void abandon() {
    abandoned = true;
  }

  synchronized String text() {
    return kept.toString(StandardCharsets.UTF_8);
  }

  synchronized boolean truncated() {
    return truncated;
  }

  private synchronized void keep(byte[] chunk, int count) {
    if (abandoned) {
      return;
    }
    int room = limit - kept.size();
    if (count > room) {
      truncated = true;
    }
    kept.write(chunk, 0, Math.min(count, room));
  }
}
