package io.jeto.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParamKeysTest {

  @TempDir Path directory;

  @Test
  void givenNoFile_loadOrCreate_createsOwnerOnlyFileWithRandomKey() throws IOException {
    Path keyFile = directory.resolve("secret.key");

    byte[] key = ParamKeys.loadOrCreate(keyFile);

    assertThat(key).hasSize(32).isEqualTo(Files.readAllBytes(keyFile));
    assertThat(key).isNotEqualTo(new byte[32]);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
    try (var entries = Files.list(directory)) {
      assertThat(entries).containsExactly(keyFile);
    }
  }

  @Test
  void givenMissingDirectory_loadOrCreate_createsItWithTheFile() {
    Path keyFile = directory.resolve("var/lib/jeto/secret.key");

    byte[] key = ParamKeys.loadOrCreate(keyFile);

    assertThat(key).hasSize(32);
    assertThat(keyFile).isRegularFile();
  }

  @Test
  void givenFileCreatedBefore_loadOrCreate_returnsTheSameKey() {
    Path keyFile = directory.resolve("secret.key");
    byte[] first = ParamKeys.loadOrCreate(keyFile);

    byte[] second = ParamKeys.loadOrCreate(keyFile);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void givenTwoNewFiles_loadOrCreate_givesEachItsOwnKey() {
    byte[] first = ParamKeys.loadOrCreate(directory.resolve("first.key"));
    byte[] second = ParamKeys.loadOrCreate(directory.resolve("second.key"));

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void givenStartsRacingOnNoFile_loadOrCreate_givesThemAllTheSameKey() throws Exception {
    Path keyFile = directory.resolve("secret.key");
    int starts = 8;
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<byte[]>> loads = new ArrayList<>();
    for (int start = 0; start < starts; start++) {
      loads.add(
          () -> {
            go.await();
            return ParamKeys.loadOrCreate(keyFile);
          });
    }
    List<byte[]> keys = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(starts)) {
      List<Future<byte[]>> futures = loads.stream().map(pool::submit).toList();
      go.countDown();
      for (Future<byte[]> future : futures) {
        keys.add(future.get());
      }
    }

    assertThat(keys).allSatisfy(key -> assertThat(key).isEqualTo(Files.readAllBytes(keyFile)));
    try (var entries = Files.list(directory)) {
      assertThat(entries).containsExactly(keyFile);
    }
  }

  @Test
  void givenFileReadableByOthers_loadOrCreate_refusesIt() throws IOException {
    Path keyFile = directory.resolve("secret.key");
    Files.write(keyFile, new byte[32]);
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> ParamKeys.loadOrCreate(keyFile))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("chmod 600")
        .hasMessageContaining("rw-r--r--");
  }

  @Test
  void givenFileWritableByGroup_loadOrCreate_refusesIt() throws IOException {
    Path keyFile = directory.resolve("secret.key");
    Files.write(keyFile, new byte[32]);
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw--w----"));

    assertThatThrownBy(() -> ParamKeys.loadOrCreate(keyFile))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void givenReadOnlyOwnerFile_loadOrCreate_readsIt() throws IOException {
    Path keyFile = directory.resolve("secret.key");
    byte[] key = ParamKeys.random();
    Files.write(keyFile, key);
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("r--------"));

    byte[] loaded = ParamKeys.loadOrCreate(keyFile);

    assertThat(loaded).isEqualTo(key);
  }

  @Test
  void givenFileOfWrongLength_loadOrCreate_refusesIt() throws IOException {
    Path keyFile = directory.resolve("secret.key");
    Files.write(keyFile, "c2VjcmV0LXRleHQ=\n".getBytes());
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));

    assertThatThrownBy(() -> ParamKeys.loadOrCreate(keyFile))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("32 bytes, not 17")
        .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("c2VjcmV0"));
  }

  @Test
  void givenBase64OfThirtyTwoBytes_fromBase64_decodesIt() {
    byte[] key = ParamKeys.random();

    byte[] decoded = ParamKeys.fromBase64(" " + Base64.getEncoder().encodeToString(key) + "\n");

    assertThat(decoded).isEqualTo(key);
  }

  @Test
  void givenBase64OfSixteenBytes_fromBase64_throwsWithoutTheText() {
    String encoded = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());

    assertThatThrownBy(() -> ParamKeys.fromBase64(encoded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes, not 16")
        .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain(encoded));
  }

  @Test
  void givenTextThatIsNotBase64_fromBase64_throwsWithoutTheTextOrACause() {
    String text = "not base64 at all: s3cret!";

    assertThatThrownBy(() -> ParamKeys.fromBase64(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The key is not base64")
        .hasNoCause();
  }
}
