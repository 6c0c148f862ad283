package io.jeto.adapters.vagrant;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.command.ConsoleSink;
import io.jeto.domain.command.ConsoleStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Cuts one output stream into lines and hands each to a console as soon as it ends.
 *
 * <p>Lines end at LF, and a CR just before it is dropped. Bytes are decoded as UTF-8, malformed
 * sequences replaced. A line longer than {@link #MAX_LINE_BYTES} is passed on in pieces, cut
 * between characters, so that memory stays bounded whatever the process prints.
 */
final class ConsoleLineReader implements OutputReader {

  static final int MAX_LINE_BYTES = 64 * 1024;
  private static final int CHUNK = 8192;
  private static final int MAX_UTF8_CONTINUATIONS = 3;

  private final ConsoleStream stream;
  private final ConsoleSink console;
  private final byte[] line = new byte[MAX_LINE_BYTES];
  private int length;
  private boolean pendingCarriageReturn;
  private volatile boolean abandoned;

  ConsoleLineReader(ConsoleStream stream, ConsoleSink console) {
    this.stream = requireNonNull(stream, "'stream' must not be null");
    this.console = requireNonNull(console, "'console' must not be null");
  }

  @Override
  public void read(InputStream input) throws IOException {
    byte[] chunk = new byte[CHUNK];
    for (int count = input.read(chunk); count >= 0; count = input.read(chunk)) {
      for (int index = 0; index < count; index++) {
        take(chunk[index]);
      }
    }
    // The last line may have no LF; a lone CR left at the very end is a line end all the same.
    if (length > 0) {
      emit();
    }
  }

  @Override
  public void abandon() {
    abandoned = true;
  }

  boolean abandoned() {
    return abandoned;
  }

  private void take(byte next) {
    if (next == '\n') {
      pendingCarriageReturn = false;
      emit();
      return;
    }
    // A CR is only known to end a line once the next byte is seen.
    if (pendingCarriageReturn) {
      append((byte) '\r');
    }
    pendingCarriageReturn = next == '\r';
    if (!pendingCarriageReturn) {
      append(next);
    }
  }

  private void append(byte next) {
    if (length == MAX_LINE_BYTES) {
      split(isContinuation(next));
    }
    line[length++] = next;
  }

  // Cutting inside a character would turn both halves' parts of it into replacement marks.
  private void split(boolean insideCharacter) {
    int cut = length;
    if (insideCharacter) {
      int start = length - 1;
      while (start > length - 1 - MAX_UTF8_CONTINUATIONS && isContinuation(line[start])) {
        start--;
      }
      if (start > 0 && !isContinuation(line[start])) {
        cut = start;
      }
    }
    int carried = length - cut;
    length = cut;
    emit();
    System.arraycopy(line, cut, line, 0, carried);
    length = carried;
  }

  private void emit() {
    String text = new String(line, 0, length, StandardCharsets.UTF_8);
    length = 0;
    if (!abandoned) {
      console.line(stream, text);
    }
  }

  private static boolean isContinuation(byte value) {
    return (value & 0xC0) == 0x80;
  }
}
