package io.jeto.adapters.vagrant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Drains one output stream of a process on its own virtual thread, keeping a bounded prefix. */
final class StreamCollector {

  private static final int CHUNK = 8192;

  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final int limit;
  private boolean truncated;
  private Thread reader;

  private StreamCollector(int limit) {
    this.limit = limit;
  }

  static StreamCollector start(InputStream stream, int limit, String name) {
    StreamCollector collector = new StreamCollector(limit);
    collector.reader = Thread.ofVirtual().name(name).start(() -> collector.drain(stream));
    return collector;
  }

  /** Waits for the end of the stream; false when something still holds it open. */
  boolean awaitEnd(Duration patience) throws InterruptedException {
    return reader.join(patience);
  }

  synchronized String text() {
    return kept.toString(StandardCharsets.UTF_8);
  }

  synchronized boolean truncated() {
    return truncated;
  }

  private void drain(InputStream stream) {
    byte[] chunk = new byte[CHUNK];
    try (stream) {
      // Reading on past the limit keeps the pipe empty, so the process never blocks on a write.
      for (int count = stream.read(chunk); count >= 0; count = stream.read(chunk)) {
        keep(chunk, count);
      }
    } catch (IOException e) {
      // The pipe breaks when the process is killed: what was read so far is all there is.
    }
  }

  private synchronized void keep(byte[] chunk, int count) {
    int room = limit - kept.size();
    if (count > room) {
      truncated = true;
    }
    kept.write(chunk, 0, Math.min(count, room));
  }
}
