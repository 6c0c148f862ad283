package io.jeto.bootstrap.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver. Both paths are set explicitly,
 * so Selenium Manager never runs and nothing is downloaded; every host but loopback goes to a dead
 * proxy, so the browser reaches nothing outside this machine.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final int WIDE = 1280;
  static final int PHONE = 390;

  /**
   * What the browser logs when a fetch is answered 4xx: the UI reads those answers (a refused key,
   * a field error, an endpoint this server does not have yet) and shows them, so they are not
   * errors of the page. Any other severe entry is.
   */
  private static final Pattern HANDLED_API_ANSWER =
      Pattern.compile(
          "^http://127\\.0\\.0\\.1:\\d+/api/\\S* - Failed to load resource: the server responded"
              + " with a status of 4\\d\\d .*");

  private final ChromeDriver driver;
  private int width = WIDE;

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Skips the calling test when chromium is missing, or fails it when CI requires a browser. */
  static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String message =
        "the browser tests need Debian's chromium and chromium-driver ("
            + CHROMIUM
            + ", "
            + CHROMEDRIVER
            + "): apt-get install chromium chromium-driver";
    if (!installed && "true".equals(System.getenv("JETO_REQUIRE_BROWSER"))) {
      fail(message + " (JETO_REQUIRE_BROWSER=true)");
    }
    Assumptions.assumeTrue(installed, "skipped: " + message);
  }

  static HeadlessChromium start(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--disable-domain-reliability",
        "--disable-client-side-phishing-detection",
        "--no-pings",
        "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=127.0.0.1",
        "--lang=en-US",
        "--window-size=" + WIDE + ",900",
        "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new HeadlessChromium(driver);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Lays the page out as a screen this wide (a phone at 390 px, a laptop at 1280 px). */
  void width(int pixels) {
    width = pixels;
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            pixels,
            "height",
            pixels < 600 ? 844 : 900,
            "deviceScaleFactor",
            1,
            "mobile",
            pixels < 600));
  }

  int innerWidth() {
    return ((Number) driver.executeScript("return window.innerWidth")).intValue();
  }

  /** The browser log's severe entries since the last call, except handled API answers. */
  List<String> newConsoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(message -> !HANDLED_API_ANSWER.matcher(message).matches())
        .toList();
  }

  /** Writes the whole page, not only the viewport, as a PNG under target/screenshots/. */
  Path screenshot(String name) {
    long height =
        ((Number)
                driver.executeScript(
                    "return Math.max(document.documentElement.scrollHeight, window.innerHeight)"))
            .longValue();
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    try {
      Path directory = Files.createDirectories(Path.of("target", "screenshots"));
      Path file = directory.resolve(name + "-" + width + ".png");
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
