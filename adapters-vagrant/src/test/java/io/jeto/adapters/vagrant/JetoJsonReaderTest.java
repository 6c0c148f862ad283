package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.jeto.domain.instance.JetoInfos;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
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
    assertThat(infos.values().get("pi")).isEqualTo(new BigDecimal("3.5"));
  }

  @Test
  void givenNumberBeyondADouble_jetoInfos_givesTheNumberWritten() throws IOException {
    write("{\"x\": 1e400, \"tiny\": -2.5E-400}");

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.values().get("x"))
        .isInstanceOf(BigDecimal.class)
        .isEqualTo(new BigDecimal("1e400"));
    assertThat(infos.values().get("tiny")).isEqualTo(new BigDecimal("-2.5E-400"));
  }

  @Test
  void givenExponentBeyondABigDecimal_jetoInfos_saysTheNumberIsOutOfRange() throws IOException {
    write("{\"x\": 1e-2147483649}");

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.values()).isEmpty();
    assertThat(infos.error()).contains("jeto.json holds a number whose exponent is out of range");
  }

  @Test
  void givenFractionWithMoreDigitsThanADouble_jetoInfos_keepsEveryDigit() throws IOException {
    write("{\"pi\": 3.14159265358979323846264338327950288, \"tenth\": 0.10}");

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.values().get("pi"))
        .isEqualTo(new BigDecimal("3.14159265358979323846264338327950288"));
    assertThat(infos.values().get("tenth")).isEqualTo(new BigDecimal("0.10"));
  }

  @Test
  void givenIntegersOfEverySize_jetoInfos_givesEachInATypeThatHoldsIt() throws IOException {
    write("{\"small\": 7, \"large\": 9007199254740993, \"huge\": -123456789012345678901234}");

    JetoInfos infos = reader.jetoInfos(instance);

    assertThat(infos.values().get("small")).isEqualTo(7);
    assertThat(infos.values().get("large")).isEqualTo(9007199254740993L);
    assertThat(infos.values().get("huge")).isEqualTo(new BigInteger("-123456789012345678901234"));
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

  @TestFactory
  Stream<DynamicTest> givenEachExpectedFault_jetoInfos_logsItAtDebugWithoutAStackTrace() {
    Map<String, Fault> faults = new LinkedHashMap<>();
    faults.put("invalid JSON", jetoJson -> Files.writeString(jetoJson, "{\"a\": hunter2}"));
    faults.put("no object", jetoJson -> Files.writeString(jetoJson, "[1, 2]"));
    faults.put("exponent", jetoJson -> Files.writeString(jetoJson, "{\"x\": 1e-2147483649}"));
    faults.put(
        "link outside",
        jetoJson ->
            Files.createSymbolicLink(jetoJson, Files.writeString(dir.resolve("out.json"), "{}")));
    faults.put(
        "dangling link",
        jetoJson -> Files.createSymbolicLink(jetoJson, jetoJson.resolveSibling("nowhere.json")));
    faults.put(
        "too large",
        jetoJson -> Files.writeString(jetoJson, " ".repeat(JetoJsonReader.MAX_BYTES + 1)));
    faults.put("not a file", Files::createDirectory);

    return faults.entrySet().stream()
        .map(fault -> dynamicTest(fault.getKey(), () -> assertLoggedAtDebug(fault.getValue())));
  }

  private void assertLoggedAtDebug(Fault fault) throws IOException {
    Path faulty = Files.createTempDirectory(dir, "faulty");
    fault.arrange(faulty.resolve("jeto.json"));

    List<LogRecord> logged;
    try (RecordingLog log = RecordingLog.of(JetoJsonReader.class)) {
      reader.jetoInfos(faulty);
      logged = log.records();
    }

    assertThat(logged)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.getLevel()).isEqualTo(Level.FINE);
              assertThat(record.getThrown()).isNull();
              assertThat(record.getMessage()).startsWith("Ignoring the jeto.json in " + faulty);
            });
  }

  private void write(String content) throws IOException {
    Files.writeString(instance.resolve("jeto.json"), content);
  }

  /** Makes the jeto.json at that path unreadable in one way. */
  private interface Fault {
    void arrange(Path jetoJson) throws IOException;
  }
}
