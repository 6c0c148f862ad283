package io.jeto.bootstrap.ui;

import static io.jeto.bootstrap.ui.JetoUnderTest.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console stream dropped under the page: Jeto restarts while a command runs, and the page
 * reconnects on its own, resumes after the last line it had, and shows how the command ended.
 */
class ConsoleReconnectTest {

  /** What the browser logs while the server is away; expected here and nowhere else. */
  private static final Pattern SERVER_AWAY =
      Pattern.compile(
          ".*net::ERR_(CONNECTION_REFUSED|CONNECTION_RESET|INCOMPLETE_CHUNKED_ENCODING).*");

  @TempDir Path dataDir;
  @TempDir Path tools;
  @TempDir Path profile;
  private JetoUnderTest jeto;
  private HeadlessChromium chromium;

  @AfterEach
  void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (jeto != null) {
      jeto.close();
    }
  }

  @Test
  void givenRestartDuringCommand_console_reconnectsAndShowsItInterruptedWithoutRepeatingLines() {
    HeadlessChromium.assumeInstalled();
    int port = freeLoopbackPort();
    jeto = JetoUnderTest.start(dataDir, tools, port);
    long slow = jeto.host("slow", Map.of("FAKE_UP_SECONDS", "300"));
    long id = jeto.instance("long", slow, jeto.environment("long", List.of("default"), null));
    chromium = HeadlessChromium.start(profile);
    ChromeDriver driver = chromium.driver();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(40));
    wait.ignoring(StaleElementReferenceException.class);
    driver.get(jeto.baseUrl() + "#/instances/" + id);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=password]")))
        .sendKeys(ADMIN_KEY, Keys.ENTER);
    wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "long"));
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[data-action=start][data-machine=default]")))
        .click();
    wait.until(d -> console(d).contains("Bringing machine 'default' up"));

    jeto.close();
    jeto = JetoUnderTest.start(dataDir, tools, port);

    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[data-role=command-state] [data-command-state=interrupted]")));
    String console = console(driver);
    assertThat(occurrences(console, "Bringing machine 'default' up"))
        .as("no line twice")
        .isEqualTo(1);
    assertThat(occurrences(console, "requested by admin")).isEqualTo(1);
    assertThat(driver.findElement(By.cssSelector(".connection")).getText()).isEmpty();
    assertThat(chromium.newConsoleErrors())
        .as("errors in the browser console, besides the server being away")
        .allMatch(message -> SERVER_AWAY.matcher(message).matches());
  }

  private static String console(org.openqa.selenium.WebDriver driver) {
    return (String)
        ((ChromeDriver) driver)
            .executeScript("return document.querySelector('[data-role=console]').textContent");
  }

  private static int occurrences(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
