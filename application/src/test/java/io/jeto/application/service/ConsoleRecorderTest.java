package io.jeto.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeto.domain.command.ConsoleLine;
import io.jeto.domain.command.ConsoleStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleRecorderTest {

  private static final long COMMAND_ID = 5;

  private final InMemoryConsoleRepository consoles = new InMemoryConsoleRepository();

  @Test
  void givenHostParamValuePrinted_line_storesItMasked() {
    List<String> hostSecrets = List.copyOf(TestHostFactory.PARAMS.values());

    try (ConsoleRecorder console =
        new ConsoleRecorder(COMMAND_ID, consoles, new ConsoleNotifier(), hostSecrets)) {
      console.line(ConsoleStream.STDOUT, "export API_TOKEN=s3cret-token on lxcbr0");
    }

    assertThat(storedTexts()).containsExactly("export API_TOKEN=******** on ********");
  }

  @Test
  void givenValueShorterThanFourCharacters_line_storesItUnmasked() {
    List<String> hostSecrets = List.of("abc");

    try (ConsoleRecorder console =
        new ConsoleRecorder(COMMAND_ID, consoles, new ConsoleNotifier(), hostSecrets)) {
      console.line(ConsoleStream.STDOUT, "abc is printed as it is");
    }

    assertThat(storedTexts()).containsExactly("abc is printed as it is");
  }

  private List<String> storedTexts() {
    return consoles.readAfter(COMMAND_ID, 0, 100).stream().map(ConsoleLine::text).toList();
  }
}
