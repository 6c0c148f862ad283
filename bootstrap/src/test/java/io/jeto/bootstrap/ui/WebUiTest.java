package io.jeto.bootstrap.ui;

import static io.jeto.bootstrap.ui.JetoUnderTest.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.remote.http.Contents;
import org.openqa.selenium.remote.http.HttpResponse;
import org.openqa.selenium.remote.http.Route;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium against a started Jeto with a fake vagrant: what a
 * developer and an administrator do, the console, rights, and console text that looks like HTML.
 * Every test fails if the page logged an error to the browser console.
 */
class WebUiTest {

  private static final String JETO_JSON =
      """
      {"scripts": {"hello": {"command": "echo hello from the machine"},
                   "html": {"command": "echo '<script>alert(1)</script> and <img src=x onerror=alert(2)>'"}},
       "url": "http://shop.example"}
      """;

  @TempDir static Path dataDir;
  @TempDir static Path tools;
  @TempDir static Path profile;
  private static JetoUnderTest jeto;
  private static HeadlessChromium chromium;
  private static long lab;

  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  static void startJetoAndBrowser() {
    HeadlessChromium.assumeInstalled();
    jeto = JetoUnderTest.start(dataDir, tools);
    lab = jeto.host("lab", Map.of("HTTP_PROXY", "http://proxy.internal:3128"));
    chromium = HeadlessChromium.start(profile);
  }

  @AfterAll
  static void stopBrowserAndJeto() {
    if (chromium != null) {
      chromium.close();
    }
    if (jeto != null) {
      jeto.close();
    }
  }

  @BeforeEach
  void freshTab() {
    driver = chromium.driver();
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // Lists are redrawn as they refresh: an element read during a redraw is simply read again.
    wait.ignoring(StaleElementReferenceException.class);
    chromium.width(HeadlessChromium.WIDE);
    driver.get(jeto.baseUrl());
    driver.executeScript("sessionStorage.clear(); localStorage.clear();");
    driver.get(jeto.baseUrl() + "#/instances");
    chromium.newConsoleErrors();
  }

  @AfterEach
  void noConsoleErrors() {
    if (driver != null) {
      assertThat(chromium.newConsoleErrors()).as("errors in the browser console").isEmpty();
    }
  }

  @Test
  void givenKeys_signIn_refusesAWrongKeyThenKeepsTheRightOneInThisTabOnly() {
    WebElement key = waitFor(By.cssSelector("input[type=password]"));
    assertThat(driver.switchTo().activeElement()).as("the key field has focus").isEqualTo(key);
    shoot("login");

    key.sendKeys("jeto_not-a-key-of-this-server", Keys.ENTER);
    WebElement error = waitVisible(By.cssSelector(".field[data-field=key] .field-error"));

    assertThat(error.getText()).contains("not accepted");
    assertThat(key.getAttribute("aria-invalid")).isEqualTo("true");
    key.clear();
    key.sendKeys(ADMIN_KEY, Keys.ENTER);
    waitHeading("Instances");
    assertThat(driver.findElement(By.id("whoami")).getText()).contains("admin");
    assertThat(script("return sessionStorage.getItem('jeto.key')")).isEqualTo(ADMIN_KEY);
    assertThat(script("return localStorage.length")).isEqualTo(0L);
    assertThat(script("return document.cookie")).isEqualTo("");

    driver.findElement(By.id("sign-out")).click();
    waitFor(By.cssSelector("input[type=password]"));
    assertThat(script("return sessionStorage.getItem('jeto.key')")).isNull();
  }

  @Test
  void givenInstances_list_filtersSortsAndPicksUpNewOnesByItself() {
    jeto.instance("alpha-list", lab, jeto.environment("alpha-list", List.of("default"), null));
    jeto.instance("beta-list", lab, jeto.environment("beta-list", List.of("default"), null));
    signIn(ADMIN_KEY);

    type("filter", "list");
    wait.until(d -> names().equals(List.of("alpha-list", "beta-list")));
    driver.findElement(By.xpath("//th/button[starts-with(., 'Name')]")).click();
    wait.until(d -> names().equals(List.of("beta-list", "alpha-list")));
    assertThat(
            driver
                .findElement(By.xpath("//th[button[starts-with(., 'Name')]]"))
                .getAttribute("aria-sort"))
        .isEqualTo("descending");
    jeto.instance("gamma-list", lab, jeto.environment("gamma-list", List.of("default"), null));
    wait.until(d -> names().equals(List.of("gamma-list", "beta-list", "alpha-list")));
    fieldInput("filter").sendKeys(" nothing-like-this");

    assertThat(waitVisible(By.cssSelector(".results .empty")).getText())
        .contains("No instance matches");
    driver.findElement(By.xpath("//button[text()='Clear the filter']")).click();
    wait.until(d -> names().size() >= 3);
    driver.findElement(By.xpath("//th/button[starts-with(., 'Name')]")).click();
  }

  @Test
  void givenPath_createInstanceForm_showsFieldErrorsThenTheNewInstancesMachines() {
    Path shop = jeto.environment("shop", List.of("web", "db"), JETO_JSON);
    signIn(ADMIN_KEY);

    driver.findElement(By.linkText("New instance")).click();
    waitHeading("New instance");
    type("name", "shop");
    new Select(fieldInput("host")).selectByVisibleText("lab (lxc)");
    driver.findElement(By.cssSelector("input[name=source][value=path]")).click();
    type("path", "/no/such/directory");
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement pathError = waitVisible(By.cssSelector(".field[data-field=path] .field-error"));
    assertThat(pathError.getText()).isNotBlank();
    assertThat(fieldInput("path").getAttribute("aria-invalid")).isEqualTo("true");
    shoot("new-instance-error");
    fieldInput("path").clear();
    type("path", shop.toString());
    driver.findElement(By.cssSelector("button[type=submit]")).click();

    awaitCreated("shop");
    assertThat(machineState("web")).isEqualTo("not created");
    assertThat(machineState("db")).isEqualTo("not created");
    assertThat(driver.findElement(By.cssSelector("[data-script=hello]")).isEnabled())
        .as("no machine runs the script yet")
        .isFalse();
    driver.findElement(By.linkText("← All instances")).click();
    WebElement row = waitFor(By.xpath("//tr[.//a[text()='shop']]"));
    assertThat(row.getText()).contains("lab", "dev", "web", "db", "not created");
  }

  @Test
  void givenGitProject_createInstanceForm_picksATagFromItsReferencesAndShowsTheClone() {
    Path repository = jeto.gitRepository("shop-git", JETO_JSON);
    jeto.post(
        "/api/projects",
        ADMIN_KEY,
        Map.of("name", "shop-git", "git_address", repository.toString()));
    signIn(ADMIN_KEY);

    open("/instances/new", "New instance");
    type("name", "from-git");
    new Select(fieldInput("host")).selectByVisibleText("lab (lxc)");
    driver.findElement(By.cssSelector("input[name=source][value=git]")).click();
    new Select(fieldInput("project")).selectByVisibleText("shop-git (git)");
    wait.until(
        d ->
            !new Select(fieldInput("git_reference"))
                .getOptions().stream().filter(o -> o.getText().equals("v1.0")).toList().isEmpty());
    assertThat(new Select(fieldInput("git_reference")).getOptions())
        .extracting(WebElement::getText)
        .contains("main", "feature", "v1.0");
    new Select(fieldInput("git_reference")).selectByVisibleText("v1.0");
    driver.findElement(By.cssSelector("button[type=submit]")).click();

    awaitCreated("from-git");
    waitCommandState("succeeded");
    assertThat(driver.findElement(By.cssSelector(".instance-header")).getText())
        .contains("Git reference", "v1.0", "shop-git");
    wait.until(d -> "not created".equals(machineState("default")));
    assertThat(driver.findElement(By.cssSelector("button[data-action=sync]")).isEnabled()).isTrue();
  }

  @Test
  void givenInstance_startAll_streamsTheConsoleThenShowsRunningMachinesWithAddresses() {
    long id =
        jeto.instance("started", lab, jeto.environment("started", List.of("web", "db"), JETO_JSON));
    signIn(ADMIN_KEY);
    openInstance(id, "started");

    actionButton("start", "").click();

    waitConsoleContains("==> db: Machine booted and ready!");
    waitCommandState("succeeded");
    assertThat(consoleText()).contains("Bringing machine 'web' up with lxc provider...");
    assertThat(driver.findElements(By.cssSelector("[data-role=console] .ansi-green.ansi-bold")))
        .as("ANSI colours rendered as classes")
        .isNotEmpty();
    wait.until(d -> "running".equals(machineState("web")) && "running".equals(machineState("db")));
    assertThat(machineRow("web").findElement(By.cssSelector("[data-role=ip]")).getText())
        .isEqualTo("10.0.3.77");
    assertThat(machineRow("db").getText()).contains("10.0.3.78", "Copy");
    assertThat(actionButton("start", "web").isEnabled()).as("already running").isFalse();
    assertThat(actionButton("stop", "web").isEnabled()).isTrue();
    assertThat(historyRows()).hasSize(1);
    shoot("instance");
  }

  @Test
  void givenRunningMachine_runScript_showsItsOutputAndHtmlOnlyAsText() {
    long id =
        jeto.instance("scripted", lab, jeto.environment("scripted", List.of("default"), JETO_JSON));
    runToEnd(id, "start");
    signIn(ADMIN_KEY);
    openInstance(id, "scripted");

    driver.findElement(By.cssSelector("[data-script=html]")).click();

    waitCommandState("succeeded");
    waitConsoleContains("<script>alert(1)</script> and <img src=x onerror=alert(2)>");
    WebElement console = driver.findElement(By.cssSelector("[data-role=console]"));
    assertThat(console.findElements(By.cssSelector("script, img"))).isEmpty();
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    driver.findElement(By.cssSelector("[data-script=hello]")).click();
    waitConsoleContains("hello from the machine");
    waitCommandState("succeeded");
    assertThat(historyRows()).hasSize(3);
  }

  @Test
  void givenLongStart_cancel_stopsItAndShowsCancelled() {
    long slow = jeto.host("slow", Map.of("FAKE_UP_SECONDS", "300"));
    long id =
        jeto.instance("slow-one", slow, jeto.environment("slow-one", List.of("default"), null));
    signIn(ADMIN_KEY);
    openInstance(id, "slow-one");

    actionButton("start", "default").click();
    waitConsoleContains("Bringing machine 'default' up");
    waitCommandState("running");
    driver.findElement(By.cssSelector("[data-role=cancel]")).click();

    waitCommandState("cancelled");
    waitConsoleContains("[jeto] cancelled");
    assertThat(driver.findElement(By.cssSelector("[data-role=cancel]")).isDisplayed()).isFalse();
    assertThat(machineState("default")).isEqualTo("not created");
  }

  @Test
  void givenKeyboardOnly_destroy_asksFirstEscapeKeepsTheMachineAndConfirmingDestroysIt() {
    long id = jeto.instance("doomed", lab, jeto.environment("doomed", List.of("default"), null));
    runToEnd(id, "start");
    signIn(ADMIN_KEY);
    openInstance(id, "doomed");
    wait.until(d -> "running".equals(machineState("default")));
    WebElement destroy = actionButton("destroy", "default");

    destroy.sendKeys(Keys.ENTER);
    WebElement dialog = waitVisible(By.cssSelector("dialog[open]"));
    assertThat(driver.switchTo().activeElement().getText())
        .as("the safe choice has focus")
        .isEqualTo("Cancel");
    assertThat(dialog.getText()).contains("Destroy default?");
    shoot("destroy-confirmation");
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("dialog"), 0));
    assertThat(jeto.get("/api/instances/" + id + "/commands").size())
        .as("nothing requested")
        .isEqualTo(1);

    destroy.sendKeys(Keys.ENTER);
    waitVisible(By.cssSelector("dialog[open]"));
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    WebElement confirm = driver.switchTo().activeElement();
    assertThat(confirm.getText()).isEqualTo("Destroy default");
    assertThat(confirm.getCssValue("outline-style")).as("a visible focus ring").isEqualTo("solid");
    confirm.sendKeys(Keys.ENTER);

    waitConsoleContains("==> default: Destroying VM and associated drives...");
    waitCommandState("succeeded");
    wait.until(d -> "not created".equals(machineState("default")));
    assertThat(actionButton("destroy", "default").isEnabled())
        .as("nothing left to destroy")
        .isFalse();
  }

  @Test
  void givenPhoneWidth_menu_opensWithItsButtonAndClosesWithEscape() {
    signIn(ADMIN_KEY);
    chromium.width(HeadlessChromium.PHONE);
    WebElement toggle = driver.findElement(By.id("nav-toggle"));
    WebElement nav = driver.findElement(By.id("nav"));
    assertThat(nav.isDisplayed()).isFalse();

    toggle.click();

    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(nav.findElement(By.linkText("Hosts")).isDisplayed()).isTrue();
    chromium.screenshot("menu-open");
    toggle.sendKeys(Keys.ESCAPE);
    assertThat(nav.isDisplayed()).isFalse();
    toggle.click();
    nav.findElement(By.linkText("Hosts")).click();
    waitHeading("Hosts");
    assertThat(nav.isDisplayed()).as("closed after choosing").isFalse();
  }

  @Test
  void givenViewOnlyKey_instances_showOnlyTheGrantedOneWithEveryActionDisabled() {
    long granted =
        jeto.instance("granted", lab, jeto.environment("granted", List.of("default"), JETO_JSON));
    jeto.instance("not-granted", lab, jeto.environment("not-granted", List.of("default"), null));
    runToEnd(granted, "start");
    String viewerKey = jeto.viewerOf("viewer", granted, List.of("view"));

    signIn(viewerKey);

    List<WebElement> rows =
        waitFor(By.cssSelector("table.instances tbody")).findElements(By.tagName("tr"));
    assertThat(rows).extracting(WebElement::getText).singleElement().asString().contains("granted");
    assertThat(driver.findElements(By.linkText("Users"))).as("no administration").isEmpty();
    shoot("instances-viewer");
    driver.findElement(By.linkText("granted")).click();
    waitHeading("granted");
    wait.until(d -> "running".equals(machineState("default")));
    List<WebElement> actions = driver.findElements(By.cssSelector("[data-action], [data-script]"));
    assertThat(actions).isNotEmpty().allSatisfy(b -> assertThat(b.isEnabled()).isFalse());
    assertThat(driver.findElements(By.cssSelector("[data-role=delete], [data-role=edit]")))
        .isEmpty();
    assertThat(driver.findElement(By.cssSelector(".instance-problems")).getText())
        .contains("may only view");
    assertThat(consoleText()).as("the start an administrator ran").contains("Machine booted");
    shoot("instance-viewer");
  }

  @Test
  void givenAdministrator_adminPages_manageHostsProjectsUsersAndGrants() {
    long id =
        jeto.instance(
            "admin-target", lab, jeto.environment("admin-target", List.of("default"), null));
    signIn(ADMIN_KEY);
    shoot("instances");

    open("/hosts", "Hosts");
    WebElement labRow = waitFor(By.xpath("//tr[th[text()='lab']]"));
    assertThat(labRow.getText()).contains("HTTP_PROXY").doesNotContain("proxy.internal");
    labRow.findElement(By.cssSelector("[data-role=reveal]")).click();
    wait.until(
        d ->
            d.findElement(By.xpath("//tr[th[text()='lab']]"))
                .getText()
                .contains("http://proxy.internal:3128"));
    shoot("hosts");

    open("/projects", "Projects");
    type("name", "shop-project");
    type("base_path", dataDir.resolve("workspaces").toString());
    driver.findElement(By.xpath("//button[text()='Add project']")).click();
    waitFor(By.xpath("//tr[th[text()='shop-project']]"));
    shoot("projects");

    open("/admin/users", "Users");
    type("name", "ana");
    type("email", "not-an-email");
    driver.findElement(By.xpath("//button[text()='Add user']")).click();
    assertThat(waitVisible(By.cssSelector(".field[data-field=email] .field-error")).getText())
        .contains("email");
    fieldInput("email").clear();
    type("email", "ana@example.org");
    driver.findElement(By.xpath("//button[text()='Add user']")).click();
    WebElement secret = waitFor(By.cssSelector("[data-role=secret]"));
    assertThat(secret.getAttribute("value")).startsWith("jeto_");
    assertThat(driver.findElement(By.cssSelector(".secret-box")).getText())
        .contains("Copy", "shown only now");
    shoot("users");

    driver.findElement(By.linkText("Grant ana access")).click();
    waitHeading("Grants");
    new Select(waitFor(By.cssSelector(".field[data-field=user] select")))
        .selectByVisibleText("ana (ana@example.org)");
    new Select(fieldInput("instance")).selectByVisibleText("admin-target");
    driver.findElement(By.xpath("//label[text()='start']")).click();
    driver.findElement(By.xpath("//button[text()='Grant']")).click();
    WebElement grant =
        waitFor(By.xpath("//table[contains(@class,'grants')]//tr[th[text()='ana']]"));
    assertThat(grant.getText()).contains("instance admin-target", "view", "start");
    shoot("grants");

    open("/admin/users", "Users");
    assertThat(driver.findElements(By.cssSelector("[data-role=secret]")))
        .as("shown once")
        .isEmpty();
    assertThat(id).isPositive();
  }

  @Test
  void givenAdministrator_teamsKeysAndAuditLog_manageTeamsMakeKeysAndShowWhoDidWhat() {
    jeto.post("/api/users", ADMIN_KEY, Map.of("name", "tess", "email", "tess@example.org"));
    long renamed =
        jeto.instance("renamed-0", lab, jeto.environment("renamed", List.of("default"), null));
    for (int i = 1; i <= 60; i++) {
      jeto.patch("/api/instances/" + renamed, Map.of("name", "renamed-" + i));
    }
    signIn(ADMIN_KEY);

    open("/admin/teams", "Teams");
    type("name", "devs");
    driver
        .findElement(By.xpath("//form[@aria-labelledby='new-team-title']//label[text()='tess']"))
        .click();
    driver.findElement(By.xpath("//button[text()='Add team']")).click();
    WebElement team = waitFor(By.xpath("//tr[th[text()='devs']]"));
    assertThat(team.getText()).contains("tess");
    team.findElement(By.xpath(".//button[text()='Edit']")).click();
    WebElement rename = waitFor(By.cssSelector(".edit-row .field[data-field=name] input"));
    rename.clear();
    rename.sendKeys("developers", Keys.ENTER);
    waitFor(By.xpath("//tr[th[text()='developers']]"));
    shoot("teams");

    open("/api-keys", "API keys");
    type("name", "ci");
    driver
        .findElement(By.xpath("//form[@aria-labelledby='new-key-title']//label[text()='view']"))
        .click();
    driver.findElement(By.xpath("//button[text()='Make key']")).click();
    WebElement secret = waitFor(By.cssSelector("[data-role=secret]"));
    assertThat(secret.getAttribute("value")).startsWith("jeto_");
    WebElement key = waitFor(By.xpath("//tr[th[starts-with(normalize-space(.), 'ci')]]"));
    assertThat(key.getText()).contains("view", "never");
    shoot("api-keys");

    open("/admin/audit-log", "Audit log");
    waitFor(By.cssSelector("table.audit tbody tr"));
    new Select(fieldInput("object_type")).selectByValue("team");
    driver.findElement(By.xpath("//button[text()='Apply filters']")).click();
    wait.until(
        d -> {
          List<WebElement> objects =
              d.findElements(By.cssSelector("table.audit td[data-label=Object]"));
          return !objects.isEmpty()
              && objects.stream().allMatch(o -> o.getText().startsWith("team"));
        });
    assertThat(driver.findElement(By.cssSelector("table.audit tbody")).getText())
        .contains("developers", "admin");
    shoot("audit-log");
    new Select(fieldInput("object_type")).selectByValue("instance");
    fieldInput("action").sendKeys("update");
    driver.findElement(By.xpath("//button[text()='Apply filters']")).click();
    wait.until(
        d -> auditRows().size() == 50 && auditRows().get(0).getText().contains("renamed-60"));
    driver.findElement(By.xpath("//button[text()='Older →']")).click();
    wait.until(d -> auditRows().size() == 10 && auditRows().get(9).getText().contains("renamed-1"));
    assertThat(auditRows()).allSatisfy(row -> assertThat(row.getText()).contains("update"));
    driver.findElement(By.xpath("//button[text()='← Newer']")).click();
    wait.until(
        d -> auditRows().size() == 50 && auditRows().get(0).getText().contains("renamed-60"));
  }

  @Test
  void givenServerWithoutIssue4Endpoints_theirPages_sayTheyAreNotAvailableYet() {
    signIn(ADMIN_KEY);
    Route missing =
        Route.matching(
                request -> request.getUri().matches(".*/api/(teams|api-keys|auditlog)([/?].*)?"))
            .to(
                () ->
                    request ->
                        new HttpResponse()
                            .setStatus(404)
                            .addHeader("Content-Type", "application/problem+json")
                            .setContent(
                                Contents.utf8String(
                                    "{\"type\":\"urn:jeto:problem:not-found\",\"title\":\"Not"
                                        + " Found\",\"status\":404,\"detail\":\"no such"
                                        + " resource\"}")));

    try (NetworkInterceptor interceptor = new NetworkInterceptor(driver, missing)) {
      for (String[] page :
          new String[][] {
            {"/admin/teams", "Teams"}, {"/api-keys", "API keys"}, {"/admin/audit-log", "Audit log"}
          }) {
        open(page[0], page[1]);

        assertThat(waitVisible(By.cssSelector("[data-unavailable]")).getText())
            .contains("not available on this server yet");
        assertThat(
                driver.findElements(By.cssSelector("main form:not([hidden]) button[type=submit]")))
            .as("no form for what the server cannot do")
            .isEmpty();
      }
      shoot("not-available");
    }
  }

  // --- what the user does

  private void signIn(String key) {
    WebElement input = waitFor(By.cssSelector("input[type=password]"));
    input.sendKeys(key, Keys.ENTER);
    waitHeading("Instances");
  }

  private void open(String route, String heading) {
    driver.get(jeto.baseUrl() + "#" + route);
    waitHeading(heading);
  }

  private void openInstance(long id, String name) {
    driver.get(jeto.baseUrl() + "#/instances/" + id);
    waitHeading(name);
    waitFor(By.cssSelector("table.machines, .instance-body .empty"));
  }

  private void type(String field, String text) {
    fieldInput(field).sendKeys(text);
  }

  private WebElement fieldInput(String field) {
    return waitFor(
        By.cssSelector(
            ".field[data-field=" + field + "] input, .field[data-field=" + field + "] select"));
  }

  private WebElement actionButton(String action, String machine) {
    return waitFor(
        By.cssSelector("button[data-action=" + action + "][data-machine='" + machine + "']"));
  }

  private WebElement machineRow(String machine) {
    return driver.findElement(By.cssSelector("table.machines tr[data-machine='" + machine + "']"));
  }

  private String machineState(String machine) {
    return machineRow(machine).findElement(By.cssSelector(".badge")).getText();
  }

  private String consoleText() {
    return (String) script("return document.querySelector('[data-role=console]').textContent");
  }

  private List<WebElement> auditRows() {
    return driver.findElements(By.cssSelector("table.audit tbody tr"));
  }

  private List<String> names() {
    return driver.findElements(By.cssSelector("table.instances tbody .instance-link")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private List<WebElement> historyRows() {
    return driver.findElements(By.cssSelector("table.history tbody tr"));
  }

  private void waitConsoleContains(String text) {
    wait.until(d -> consoleText().contains(text));
  }

  private void waitCommandState(String state) {
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[data-role=command-state] [data-command-state=" + state + "]")));
  }

  /** Waits for the new instance's page, failing at once with the form's error if there is one. */
  private void awaitCreated(String name) {
    wait.until(
        d ->
            name.equals(d.findElement(By.cssSelector("main h1")).getText())
                || !d.findElements(By.cssSelector(".form-error:not([hidden])")).isEmpty());
    List<WebElement> refused = driver.findElements(By.cssSelector(".form-error:not([hidden])"));
    if (!refused.isEmpty()) {
      throw new AssertionError("the server refused the form: " + refused.get(0).getText());
    }
  }

  private void waitHeading(String text) {
    wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), text));
  }

  private WebElement waitFor(By by) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(by));
  }

  private WebElement waitVisible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }

  /** Screenshots at both widths; at each, the page must fit without sideways scrolling. */
  private void shoot(String name) {
    for (int width : new int[] {HeadlessChromium.WIDE, HeadlessChromium.PHONE}) {
      chromium.width(width);
      assertThat(chromium.innerWidth()).isEqualTo(width);
      Object overflow = script("return document.documentElement.scrollWidth - window.innerWidth");
      assertThat(((Number) overflow).intValue())
          .as(name + " fits in " + width + " px")
          .isLessThanOrEqualTo(0);
      chromium.screenshot(name);
    }
    chromium.width(HeadlessChromium.WIDE);
  }

  /** Runs an action through the API and waits for its end. */
  private static void runToEnd(long instance, String action) {
    jeto.post("/api/instances/" + instance + "/commands", ADMIN_KEY, Map.of("action", action));
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      JsonNode commands = jeto.get("/api/instances/" + instance + "/commands");
      boolean ended =
          StreamSupport.stream(commands.spliterator(), false)
              .allMatch(
                  c ->
                      List.of("succeeded", "failed", "cancelled")
                          .contains(c.get("state").asText()));
      if (ended) {
        return;
      }
      sleep(100);
    }
    throw new AssertionError("the " + action + " of instance " + instance + " did not end");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
