package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The service settings this module's surefire configuration puts in the tests' environment. */
final class ServiceSettings {

  private static final List<String> INHERITED = List.of("JETO_ADMIN_KEY", "JETO_DB_URL");

  private ServiceSettings() {}

  /** Fails unless the tests run with those settings, so that their absence elsewhere tells. */
  static void requireInherited() {
    assertThat(System.getenv())
        .as("the tests' environment, as this module's surefire configuration sets it")
        .containsKeys(INHERITED.toArray(String[]::new));
  }

  /** The lines of {@code env} output that set a variable whose name starts with JETO_. */
  static List<String> jetoLines(List<String> envLines) {
    return envLines.stream().filter(line -> line.startsWith("JETO_")).toList();
  }
}
