package io.jeto.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterInstanceCommandTest {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void givenMissingOrBlankName_constructor_refusesNameField(String name) {
    assertRefused(() -> command(name, "dev", "/srv/jeto/web"), "name");
  }

  @Test
  void givenNameOf129Characters_constructor_refusesNameField() {
    String name = "n".repeat(129);

    assertRefused(() -> command(name, "dev", "/srv/jeto/web"), "name");
  }

  @Test
  void givenNameOf128Characters_constructor_accepts() {
    String name = "n".repeat(128);

    RegisterInstanceCommand command = command(name, "dev", "/srv/jeto/web");

    assertThat(command.name()).hasSize(128);
  }

  @Test
  void givenMissingEnvironment_constructor_refusesEnvironmentField() {
    assertRefused(() -> command("web", null, "/srv/jeto/web"), "environment");
  }

  @Test
  void givenEmptyEnvironment_constructor_accepts() {
    RegisterInstanceCommand command = command("web", "", "/srv/jeto/web");

    assertThat(command.environment()).isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " \t"})
  void givenMissingOrBlankPath_constructor_refusesPathField(String path) {
    assertRefused(() -> command("web", "dev", path), "path");
  }

  private static RegisterInstanceCommand command(String name, String environment, String path) {
    return new RegisterInstanceCommand(name, 1, environment, path, Optional.empty());
  }

  private static void assertRefused(Runnable construction, String field) {
    assertThatThrownBy(construction::run)
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
