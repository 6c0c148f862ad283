package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.jeto.domain.instance.JetoInfos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JetoJsonReaderTest {

  @TempDir Path dir;
  private Path instance;

  private final CliVagrantEnvironmentReader reader =
      new CliVagrantEnvironmentReader("vagrant", Duration.ofSeconds(5), Clock.systemUTC());

  @BeforeEach
  void createInstanceDirectory() throws IOException {
    instance = Files.createDirectory(dir.resolve("instance"));
  }

  @Test
  void givenFlatObject_jetoInfos_givesItsMembersInFileOrder() throws IOException {
    write("{\"zeta\": 1, \"alpha\": \"two\", \"mid\": true, \"none\": null, \"pi\": 3.5}");

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.error()).isEmpty();
    assertThat(infos.values().keySet()).containsExactly("zeta", "alpha", "mid", "none", "pi");
    assertThat(infos.values().get("zeta")).isEqualTo(1);
    assertThat(infos.values().get("alpha")).isEqualTo("two");
    assertThat(infos.values().get("mid")).isEqualTo(true);
    assertThat(infos.values().get("none")).isNull();
    assertThat(infos.values().get("pi")).isEqualTo(3.5);
  }

  @Test
  void givenNestedObjectsAndArrays_jetoInfos_givesOrderedMapsAndLists() throws IOException {
    write("{\"web\": {\"port\": 8080, \"host\": \"x\"}, \"tags\": [\"a\", {\"k\": [1, 2]}]}");

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.values().get("web"))
        .isInstanceOf(LinkedHashMap.class)
        .asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
        .containsExactly(entry("port", 8080), entry("host", "x"));
    assertThat(infos.values().get("tags"))
        .isInstanceOf(List.class)
        .isEqualTo(List.of("a", Map.of("k", List.of(1, 2))));
  }

  @Test
  void givenNoJetoJson_jetoInfos_givesNone() {
    Path empty = instance;

    JetoInfos infos = reader.jetoInfos(empty);

    assertThat(infos).isEqualTo(JetoInfos.none());
  }

  @Test
  void givenMissingDirectory_jetoInfos_givesNone() {
    Path gone = dir.resolve("gone");

    JetoInfos infos = reader.jetoInfos(gone);

    assertThat(infos).isEqualTo(JetoInfos.none());
  }

  @Test
  void givenInvalidJson_jetoInfos_givesThePlaceWithoutTheContent() throws IOException {
    write("{\n  \"user\": \"admin\",\n  \"password\": hunter2\n}");

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.values()).isEmpty();
    assertThat(infos.error())
        .hasValueSatisfying(
            message ->
                assertThat(message)
                    .startsWith("jeto.json is not valid JSON: error at line 3, column ")
                    .doesNotContain("hunter2", "password", "admin"));
  }

  @Test
  void givenContentAfterTheObject_jetoInfos_givesNotValidJson() throws IOException {
    write("{\"a\": 1} {\"b\": 2}");

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.error())
        .hasValueSatisfying(message -> assertThat(message).startsWith("jeto.json is not valid"));
  }

  @Test
  void givenEmptyFile_jetoInfos_givesNotValidJson() throws IOException {
    write("");

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.error())
        .hasValueSatisfying(message -> assertThat(message).startsWith("jeto.json is not valid"));
  }

  @Test
  void givenTopLevelArray_jetoInfos_givesNotAnObject() throws IOException {
    write("[1, 2, 3]");

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.error()).contains("jeto.json must hold a JSON object at its top level");
  }

  @Test
  void givenTopLevelNull_jetoInfos_givesNotAnObject() throws IOException {
    write("null");

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.error()).contains("jeto.json must hold a JSON object at its top level");
  }

  @Test
  void givenSymlinkOutOfTheDirectory_jetoInfos_refusesItWithoutReadingIt() throws IOException {
    Path outside = Files.writeString(dir.resolve("secret.json"), "{\"token\": \"s3cr3t\"}");
    Files.createSymbolicLink(instance.resolve("jeto.json"), outside);

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.values()).isEmpty();
    assertThat(infos.error()).contains("jeto.json points outside the instance directory");
  }

  @Test
  void givenSymlinkWithinTheDirectory_jetoInfos_readsTheTarget() throws IOException {
    Path target = Files.createDirectory(instance.resolve("conf")).resolve("infos.json");
    Files.writeString(target, "{\"a\": 1}");
    Files.createSymbolicLink(instance.resolve("jeto.json"), Path.of("conf", "infos.json"));

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.values()).containsExactlyEntriesOf(Map.of("a", 1));
  }

  @Test
  void givenDanglingSymlink_jetoInfos_saysTheTargetIsMissing() throws IOException {
    Files.createSymbolicLink(instance.resolve("jeto.json"), instance.resolve("nowhere.json"));

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.error()).contains("jeto.json is a link to a file that does not exist");
  }

  @Test
  void givenDirectoryNamedJetoJson_jetoInfos_givesNotARegularFile() throws IOException {
    Files.createDirectory(instance.resolve("jeto.json"));

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.error()).contains("jeto.json is not a regular file");
  }

  @Test
  void givenFileOverOneMebibyte_jetoInfos_refusesIt() throws IOException {
    char[] padding = new char[JetoJsonReader.MAX_BYTES];
    Arrays.fill(padding, ' ');
    write("{\"a\": 1}" + new String(padding));

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.error()).contains("jeto.json is larger than 1 MiB");
  }

  private void write(String content) throws IOException {
    Files.writeString(instance.resolve("jeto.json"), content);
  }
}
