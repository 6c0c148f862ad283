package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.domain.command.ConsoleStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleLineReaderTest {

  private static final int MAX = ConsoleLineReader.MAX_LINE_BYTES;

  private final RecordingConsole console = new RecordingConsole();
  private final ConsoleLineReader reader = new ConsoleLineReader(ConsoleStream.STDERR, console);

  @Test
  void givenLinesEndingInLfAndCrLf_read_passesEachWithoutItsEnd() throws IOException {
    byte[] output = "one\ntwo\r\n\nthree\r\n".getBytes(StandardCharsets.UTF_8);

    reader.read(new ByteArrayInputStream(output));

    assertThat(console.lines()).containsExactly(line("one"), line("two"), line(""), line("three"));
  }

  @Test
  void givenCarriageReturnsInsideALine_read_keepsThemAndDropsOnlyTheLastBeforeLf()
      throws IOException {
    byte[] output = "10%\r20%\r\r\n".getBytes(StandardCharsets.UTF_8);

    reader.read(new ByteArrayInputStream(output));

    assertThat(console.texts(ConsoleStream.STDERR)).containsExactly("10%\r20%\r");
  }

  @Test
  void givenLastLineWithoutLf_read_passesItAtTheEnd() throws IOException {
    byte[] output = "first\nno end\r".getBytes(StandardCharsets.UTF_8);

    reader.read(new ByteArrayInputStream(output));

    assertThat(console.texts(ConsoleStream.STDERR)).containsExactly("first", "no end");
  }

  @Test
  void givenMalformedUtf8_read_replacesTheBadBytes() throws IOException {
    byte[] output = {'c', 'a', 'f', (byte) 0xc3, (byte) 0xa9, ' ', (byte) 0xff, '\n'};

    reader.read(new ByteArrayInputStream(output));

    assertThat(console.texts(ConsoleStream.STDERR)).containsExactly("café \uFFFD");
  }

  @Test
  void givenLineLongerThanTheLimit_read_passesItInPiecesOfTheLimit() throws IOException {
    String line = "a".repeat(MAX * 2 + 10);

    reader.read(new ByteArrayInputStream((line + "\nnext\n").getBytes(StandardCharsets.UTF_8)));

    assertThat(console.texts(ConsoleStream.STDERR))
        .containsExactly("a".repeat(MAX), "a".repeat(MAX), "a".repeat(10), "next");
  }

  @Test
  void givenCharacterAcrossTheLimit_read_cutsBeforeItRatherThanInside() throws IOException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    output.writeBytes("a".repeat(MAX - 2).getBytes(StandardCharsets.UTF_8));
    output.writeBytes("€end\n".getBytes(StandardCharsets.UTF_8));

    reader.read(new ByteArrayInputStream(output.toByteArray()));

    assertThat(console.texts(ConsoleStream.STDERR)).containsExactly("a".repeat(MAX - 2), "€end");
  }

  @Test
  void givenLineOfExactlyTheLimitWithCrLf_read_passesOneLine() throws IOException {
    String line = "b".repeat(MAX);

    reader.read(new ByteArrayInputStream((line + "\r\n").getBytes(StandardCharsets.UTF_8)));

    assertThat(console.texts(ConsoleStream.STDERR)).containsExactly(line);
  }

  @Test
  void givenAbandonedReader_read_drainsButPassesNothingOn() throws IOException {
    reader.abandon();

    reader.read(new ByteArrayInputStream("ignored\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(console.lines()).isEmpty();
    assertThat(reader.abandoned()).isTrue();
  }

  private static RecordingConsole.Line line(String text) {
    return new RecordingConsole.Line(ConsoleStream.STDERR, text);
  }
}
