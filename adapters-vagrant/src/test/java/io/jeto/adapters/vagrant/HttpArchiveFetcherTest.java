package io.jeto.adapters.vagrant;

import static io.jeto.adapters.vagrant.TestArchives.Entry.characterDevice;
import static io.jeto.adapters.vagrant.TestArchives.Entry.directory;
import static io.jeto.adapters.vagrant.TestArchives.Entry.executable;
import static io.jeto.adapters.vagrant.TestArchives.Entry.fifo;
import static io.jeto.adapters.vagrant.TestArchives.Entry.file;
import static io.jeto.adapters.vagrant.TestArchives.Entry.hardLink;
import static io.jeto.adapters.vagrant.TestArchives.Entry.symbolicLink;
import static io.jeto.adapters.vagrant.TestArchives.Entry.zeros;
import static io.jeto.adapters.vagrant.TestArchives.tarGz;
import static io.jeto.adapters.vagrant.TestArchives.zip;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.CommandOutcome;
import io.jeto.domain.command.ConsoleStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpArchiveFetcherTest {

  private static final long LIMIT = 1024 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @TempDir Path dir;

  private final RecordingConsole console = new RecordingConsole();
  private final HttpArchiveFetcher fetcher = new HttpArchiveFetcher(LIMIT, LIMIT);
  private final CountDownLatch releaseStalled = new CountDownLatch(1);
  private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
  private HttpServer server;
  private Path workspaces;
  private Path outside;
  private Path target;

  @BeforeEach
  void startServerOnLoopback() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(handlers);
    server.start();
    workspaces = Files.createDirectory(dir.resolve("workspaces"));
    outside = Files.createDirectory(dir.resolve("outside"));
    target = workspaces.resolve("env");
  }

  @AfterEach
  void stopServer() {
    releaseStalled.countDown();
    server.stop(0);
    handlers.shutdownNow();
  }

  @Test
  void givenZipWithSingleTopFolder_fetch_flattensItAndKeepsTheExecutableBit() throws IOException {
    serve(
        "/env.zip",
        zip(
            directory("shop/"),
            file("shop/Vagrantfile", "Vagrant.configure('2') {}\n"),
            executable("shop/scripts/setup.sh", "#!/bin/sh\n"),
            file("shop/a/b/c.txt", "deep")));

    CommandOutcome outcome = fetch("/env.zip");

    assertThat(outcome).isEqualTo(CommandOutcome.exited(0));
    assertThat(target.resolve("Vagrantfile")).hasContent("Vagrant.configure('2') {}");
    assertThat(target.resolve("a/b/c.txt")).hasContent("deep");
    assertThat(Files.getPosixFilePermissions(target.resolve("scripts/setup.sh")))
        .contains(PosixFilePermission.OWNER_EXECUTE);
    assertThat(Files.getPosixFilePermissions(target.resolve("Vagrantfile")))
        .doesNotContain(PosixFilePermission.OWNER_EXECUTE);
    assertThat(Files.list(workspaces)).containsExactly(target);
    assertThat(console.texts(ConsoleStream.JETO))
        .anyMatch(line -> line.matches("downloaded \\d+ bytes"))
        .contains("extracted 4 entries, 40 bytes", "its single top folder 'shop' is flattened");
  }

  @Test
  void givenTarGzUnderAZipName_fetch_readsItByItsContentAndFlattensIt() throws IOException {
    serve(
        "/env.zip",
        tarGz(
            directory("shop/"),
            file("shop/Vagrantfile", "# tar\n"),
            executable("shop/bin/run", "#!/bin/sh\n"),
            file("shop/nested/dir/file.txt", "nested")));

    CommandOutcome outcome = fetch("/env.zip");

    assertThat(outcome.succeeded()).isTrue();
    assertThat(target.resolve("Vagrantfile")).hasContent("# tar");
    assertThat(target.resolve("nested/dir/file.txt")).hasContent("nested");
    assertThat(Files.isExecutable(target.resolve("bin/run"))).isTrue();
    assertThat(Files.list(workspaces)).containsExactly(target);
    assertThat(console.texts(ConsoleStream.JETO)).contains("extracting the tar.gz archive");
  }

  @Test
  void givenSeveralEntriesAtTheTop_fetch_keepsThemAtTheTop() {
    serve("/env.tgz", tarGz(file("Vagrantfile", "# top\n"), file("docs/README", "read me")));

    CommandOutcome outcome = fetch("/env.tgz");

    assertThat(outcome.succeeded()).isTrue();
    assertThat(target.resolve("Vagrantfile")).hasContent("# top");
    assertThat(target.resolve("docs/README")).hasContent("read me");
  }

  @Test
  void givenLinksThatStayInside_fetch_keepsThem() throws IOException {
    serve(
        "/env.tgz",
        tarGz(
            file("shop/data/real.txt", "real"),
            symbolicLink("shop/current", "data/real.txt"),
            symbolicLink("shop/data/up", "../data"),
            hardLink("shop/copy.txt", "shop/data/real.txt")));

    CommandOutcome outcome = fetch("/env.tgz");

    assertThat(outcome.succeeded()).isTrue();
    assertThat(Files.readSymbolicLink(target.resolve("current")))
        .isEqualTo(Path.of("data/real.txt"));
    assertThat(target.resolve("current")).hasContent("real");
    assertThat(target.resolve("data/up/real.txt")).hasContent("real");
    assertThat(target.resolve("copy.txt")).hasContent("real");
    assertThat(Files.isSymbolicLink(target.resolve("copy.txt"))).isFalse();
  }

  @Test
  void givenZipSymbolicLinkInside_fetch_keepsIt() throws IOException {
    serve("/env.zip", zip(file("shop/real.txt", "real"), symbolicLink("shop/link", "real.txt")));

    CommandOutcome outcome = fetch("/env.zip");

    assertThat(outcome.succeeded()).isTrue();
    assertThat(Files.isSymbolicLink(target.resolve("link"))).isTrue();
    assertThat(target.resolve("link")).hasContent("real");
  }

  @Test
  void givenArchiveLargerThanTheDownloadLimit_fetch_failsAndLeavesNothing() {
    HttpArchiveFetcher small = new HttpArchiveFetcher(1024, LIMIT);
    serve("/big.zip", zip(file("shop/noise", random(10_000))));

    CommandOutcome outcome = small.fetch(address("/big.zip"), target, TIMEOUT, console, signal());

    assertFailed(outcome, "archive is larger than 1024 bytes");
  }

  @Test
  void givenChunkedArchiveLargerThanTheDownloadLimit_fetch_stopsOncePastIt() {
    HttpArchiveFetcher small = new HttpArchiveFetcher(1024, LIMIT);
    serveChunked("/big.zip", zip(file("shop/noise", random(10_000))));

    CommandOutcome outcome = small.fetch(address("/big.zip"), target, TIMEOUT, console, signal());

    assertFailed(outcome, "archive is larger than 1024 bytes");
  }

  @Test
  void givenBodyThatIsNoArchive_fetch_failsAndLeavesNothing() {
    serve("/env.zip", "<html>not found, really</html>".getBytes());

    CommandOutcome outcome = fetch("/env.zip");

    assertFailed(outcome, "not a zip or tar.gz archive");
  }

  @Test
  void givenGzipThatHoldsNoTar_fetch_failsAndLeavesNothing() throws IOException {
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(gzipped)) {
      gzip.write("just some text, no tar\n".getBytes(StandardCharsets.UTF_8));
    }
    serve("/env.tgz", gzipped.toByteArray());

    CommandOutcome outcome = fetch("/env.tgz");

    assertFailed(outcome, "the tar.gz archive holds no entries");
  }

  @Test
  void givenZipEntryClimbingOut_fetch_failsAndWritesNothingOutside() {
    serve("/env.zip", zip(file("Vagrantfile", "#"), file("../../outside/evil.txt", "evil")));

    CommandOutcome outcome = fetch("/env.zip");

    assertFailed(outcome, "entry '../../outside/evil.txt' would land outside the target");
  }

  @Test
  void givenTarEntryClimbingOutThroughItsFolder_fetch_failsAndWritesNothingOutside() {
    serve("/env.tgz", tarGz(file("shop/Vagrantfile", "#"), file("shop/../../evil.txt", "evil")));

    CommandOutcome outcome = fetch("/env.tgz");

    assertFailed(outcome, "entry 'shop/../../evil.txt' would land outside the target");
  }

  @Test
  void givenZipEntryWithAnAbsolutePath_fetch_fails() {
    String absolute = outside.resolve("evil.txt").toString();
    serve("/env.zip", zip(file(absolute, "evil")));

    CommandOutcome outcome = fetch("/env.zip");

    assertFailed(outcome, "entry '" + absolute + "' would land outside the target");
  }

  @Test
  void givenTarEntryWithAnAbsolutePath_fetch_fails() {
    String absolute = outside.resolve("evil.txt").toString();
    serve("/env.tgz", tarGz(file(absolute, "evil")));

    CommandOutcome outcome = fetch("/env.tgz");

    assertFailed(outcome, "would land outside the target");
  }

  @Test
  void givenSymbolicLinkLeadingOut_fetch_fails() {
    serve("/env.tgz", tarGz(file("shop/Vagrantfile", "#"), symbolicLink("shop/out", "../../..")));

    CommandOutcome outcome = fetch("/env.tgz");

    assertFailed(outcome, "entry 'shop/out' links to '../../..', which would lead outside");
  }

  @Test
  void givenZipSymbolicLinkToAnAbsolutePath_fetch_fails() {
    serve("/env.zip", zip(file("Vagrantfile", "#"), symbolicLink("etc", "/etc")));

    CommandOutcome outcome = fetch("/env.zip");

    assertFailed(outcome, "entry 'etc' links to '/etc', which would lead outside the target");
  }

  @Test
  void givenLinksThatOnlyLeadOutWhenFollowedTogether_fetch_fails() {
    // Read by names alone, a/b/up/.. is a/b; on disk, up is the top, so top/.. is outside.
    serve(
        "/env.tgz",
        tarGz(
            file("Vagrantfile", "#"),
            directory("a/b/"),
            symbolicLink("a/b/up", "../.."),
            symbolicLink("escape", "a/b/up/../../..")));

    CommandOutcome outcome = fetch("/env.tgz");

    assertFailed(outcome, "entry 'escape' links to 'a/b/up/../../..', which would lead outside");
  }

  @Test
  void givenLinkThatLeadsOutOnlyOnceTheTopFolderIsFlattened_fetch_fails() {
    serve(
        "/env.tgz",
        tarGz(file("shop/Vagrantfile", "#"), symbolicLink("shop/self", "../shop/Vagrantfile")));

    CommandOutcome outcome = fetch("/env.tgz");

    assertFailed(outcome, "entry 'shop/self' links to '../shop/Vagrantfile'");
  }

  @Test
  void givenFileBeneathALinkLeadingOut_fetch_failsAndWritesNothingThere() {
    serve(
        "/env.tgz",
        tarGz(symbolicLink("shop/link", "../../../outside"), file("shop/link/evil.txt", "evil")));

    CommandOutcome outcome = fetch("/env.tgz");

    assertFailed(outcome, "entry 'shop/link' could not be written: another entry");
  }

  @Test
  void givenHardLinkLeadingOut_fetch_fails() {
    serve(
        "/env.tgz", tarGz(file("shop/Vagrantfile", "#"), hardLink("shop/pw", "../../etc/passwd")));

    CommandOutcome outcome = fetch("/env.tgz");

    assertFailed(outcome, "entry 'shop/pw' links to '../../etc/passwd', which would lead outside");
  }

  @Test
  void givenFifo_fetch_refusesIt() {
    serve("/env.tgz", tarGz(file("shop/Vagrantfile", "#"), fifo("shop/pipe")));

    CommandOutcome outcome = fetch("/env.tgz");

    assertFailed(outcome, "entry 'shop/pipe' is a fifo, which an archive may not hold");
  }

  @Test
  void givenDevice_fetch_refusesIt() {
    serve("/env.tgz", tarGz(characterDevice("shop/null")));

    CommandOutcome outcome = fetch("/env.tgz");

    assertFailed(outcome, "entry 'shop/null' is a device");
  }

  @Test
  void givenZipFifo_fetch_refusesIt() {
    serve("/env.zip", zip(fifo("shop/pipe")));

    CommandOutcome outcome = fetch("/env.zip");

    assertFailed(outcome, "entry 'shop/pipe' is a device, a fifo or a socket");
  }

  @Test
  void givenZipBomb_fetch_failsPastTheExtractedLimit() {
    byte[] bomb = zip(zeros("shop/a", 600_000), zeros("shop/b", 600_000));
    serve("/bomb.zip", bomb);

    CommandOutcome outcome = fetch("/bomb.zip");

    assertThat(bomb.length).isLessThan(10_000);
    assertFailed(outcome, "the archive holds more than 1048576 bytes once extracted");
  }

  @Test
  void givenTarGzBomb_fetch_failsPastTheExtractedLimit() {
    serve("/bomb.tgz", tarGz(zeros("shop/a", 2_000_000)));

    CommandOutcome outcome = fetch("/bomb.tgz");

    assertFailed(outcome, "the archive holds more than 1048576 bytes once extracted");
  }

  @Test
  void givenNotFound_fetch_failsWithTheStatus() {
    CommandOutcome outcome = fetch("/missing.zip");

    assertFailed(outcome, "the server answered 404 for " + address("/missing.zip"));
  }

  @Test
  void givenSchemeOtherThanHttp_fetch_failsNamingIt() {
    CommandOutcome ftp =
        fetcher.fetch(URI.create("ftp://127.0.0.1/env.zip"), target, TIMEOUT, console, signal());
    CommandOutcome local =
        fetcher.fetch(URI.create("file:///etc/hostname"), target, TIMEOUT, console, signal());

    assertFailed(ftp, "the scheme 'ftp' is not supported");
    assertFailed(local, "the scheme 'file' is not supported");
  }

  @Test
  void givenRedirect_fetch_followsIt() {
    serve("/env.zip", zip(file("Vagrantfile", "# moved\n")));
    redirect("/old.zip", "/env.zip");

    CommandOutcome outcome = fetch("/old.zip");

    assertThat(outcome.succeeded()).isTrue();
    assertThat(target.resolve("Vagrantfile")).hasContent("# moved");
    assertThat(console.texts(ConsoleStream.JETO)).contains("redirected to " + address("/env.zip"));
  }

  @Test
  void givenRedirectToAnotherScheme_fetch_refusesToFollow() {
    redirect("/old.zip", "ftp://127.0.0.1/env.zip");

    CommandOutcome outcome = fetch("/old.zip");

    assertFailed(outcome, "refused a redirect: the scheme 'ftp' is not supported");
  }

  @Test
  void givenServerThatStalls_fetch_timesOutSoonAndLeavesNothing() {
    stall("/slow.zip");

    long started = System.nanoTime();
    CommandOutcome outcome =
        fetcher.fetch(address("/slow.zip"), target, Duration.ofSeconds(1), console, signal());
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(outcome.timedOut()).isTrue();
    assertThat(outcome.succeeded()).isFalse();
    assertThat(took).isLessThan(Duration.ofSeconds(10));
    assertThat(workspaces).isEmptyDirectory();
  }

  @Test
  void givenCancelDuringAStalledDownload_fetch_stopsAndLeavesNothing() throws Exception {
    stall("/slow.zip");
    CancelSignal cancel = new CancelSignal();
    AtomicReference<CommandOutcome> outcome = new AtomicReference<>();
    Thread caller =
        Thread.ofVirtual()
            .start(
                () ->
                    outcome.set(
                        fetcher.fetch(address("/slow.zip"), target, TIMEOUT, console, cancel)));
    console.await(line -> line.startsWith("downloading"));
    Thread.sleep(200);

    cancel.cancel();
    caller.join(Duration.ofSeconds(10));

    assertThat(outcome.get().cancelled()).isTrue();
    assertThat(outcome.get().timedOut()).isFalse();
    assertThat(workspaces).isEmptyDirectory();
  }

  @Test
  void givenExistingTarget_fetch_refusesAndLeavesItAlone() throws IOException {
    Files.createDirectory(target);
    Files.writeString(target.resolve("mine"), "keep");
    serve("/env.zip", zip(file("Vagrantfile", "#")));

    CommandOutcome outcome = fetch("/env.zip");

    assertThat(outcome.failure())
        .hasValueSatisfying(message -> assertThat(message).contains("already exists"));
    assertThat(target.resolve("mine")).hasContent("keep");
  }

  private CommandOutcome fetch(String path) {
    return fetcher.fetch(address(path), target, TIMEOUT, console, signal());
  }

  private void assertFailed(CommandOutcome outcome, String message) {
    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.failure())
        .hasValueSatisfying(failure -> assertThat(failure).contains(message));
    assertThat(target).doesNotExist();
    assertThat(workspaces).isEmptyDirectory();
    assertThat(outside).isEmptyDirectory();
  }

  private URI address(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static CancelSignal signal() {
    return new CancelSignal();
  }

  private void serve(String path, byte[] body) {
    server.createContext(path, exchange -> answer(exchange, body, body.length));
  }

  // A length of 0 makes the server send the body in chunks, with no Content-Length.
  private void serveChunked(String path, byte[] body) {
    server.createContext(path, exchange -> answer(exchange, body, 0));
  }

  private void redirect(String path, String location) {
    server.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().add("Location", location);
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
  }

  // Sends the headers and a few bytes, then nothing until the test ends.
  private void stall(String path) {
    server.createContext(
        path,
        exchange -> {
          exchange.sendResponseHeaders(200, 1_000_000);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(new byte[] {'P', 'K', 3, 4});
            body.flush();
            releaseStalled.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (IOException e) {
            // The client went away, as it should.
          }
        });
  }

  private static void answer(HttpExchange exchange, byte[] body, long length) throws IOException {
    exchange.sendResponseHeaders(200, length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    } catch (IOException e) {
      // The client may stop reading past its limit.
    }
  }

  private static String random(int length) {
    StringBuilder text = new StringBuilder(length);
    Random random = new Random(42);
    for (int index = 0; index < length; index++) {
      text.append((char) ('!' + random.nextInt(90)));
    }
    return text.toString();
  }
}
