package io.purser.console;

import io.purser.identity.IdentityManagement;
import io.purser.identity.NewUser;
import io.purser.identity.Role;
import io.purser.testing.Api;
import io.purser.testing.Brand;
import io.purser.testing.IntegrationTest;
import io.purser.testing.Payloads;
import io.purser.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the console's browser tests: the whole application, a real headless Chromium, and for
 * each test its own workspace with an X account and a signed-in agent. Each test leaves a
 * screenshot of its final state under {@code target/screenshots/<database>/}.
 *
 * <p>A test fails when the page logged an error to its console (a script error, a resource that
 * failed to load, a Content-Security-Policy violation), listing each one; a test that provokes an
 * error on purpose names it with {@link #expectConsoleError}.
 *
 * <p>Without Chromium the tests are skipped with the reason, except in CI (CI=true), where they
 * fail: CI must run them.
 */
abstract class BrowserTest extends IntegrationTest {

  static final String PASSWORD = "correct horse battery staple";
  static final Path SCREENSHOTS = Path.of("target", "screenshots", TestDatabase.KIND);

  static ChromeDriver browser;
  private static LivePage page;

  @Autowired IdentityManagement identity;

  /** Console errors the running test provokes on purpose (parts of the expected messages). */
  private final List<String> expectedConsoleErrors = new ArrayList<>();

  Api.Workspace workspace;
  String xAccountId;
  String username;

  /** The workspace as customers write to it, through its X account. */
  Brand brand;

  @BeforeAll
  static void startBrowser() {
    browser = Chromium.startOrSkip();
    page = new LivePage(browser);
  }

  @AfterAll
  static void stopBrowser() {
    Chromium.quit(browser);
    browser = null;
  }

  @BeforeEach
  void workspaceWithAnAgent() {
    workspace = api.newWorkspace();
    xAccountId = digits();
    api.registerAccount(workspace, "x", xAccountId);
    brand = new Brand(api, workspace, xAccountId);
    username = "agent-" + workspace.slug();
    createUser(username, Role.AGENT, "Ana Agent", "^AA");
    forgetSession();
    browser.manage().window().setSize(new Dimension(1280, 900));
    // Reading the log empties it: what an earlier test left is not this test's.
    browser.manage().logs().get(LogType.BROWSER);
    expectedConsoleErrors.clear();
  }

  /** Keeps the final state's screenshot, then fails the test on any error in the page's console. */
  @AfterEach
  void screenshotAndConsoleErrors(TestInfo test) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    var shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    var name = getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    var errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .filter(message -> expectedConsoleErrors.stream().noneMatch(message::contains))
            .toList();
    if (!errors.isEmpty()) {
      throw new AssertionError(
          "The page logged "
              + errors.size()
              + " error(s) to the browser's console:\n  "
              + String.join("\n  ", errors));
    }
  }

  /**
   * Lets the running test provoke a console error on purpose (e.g. the 403 it asks for): an error
   * whose message contains {@code part} does not fail it. Every use says why in the test.
   */
  void expectConsoleError(String part) {
    expectedConsoleErrors.add(part);
  }

  /** A console user of the test's workspace, with the tests' password. */
  void createUser(String name, Role role, String displayName, String signature) {
    var created =
        identity.createUser(
            workspace.id(), new NewUser(name, PASSWORD, role, displayName, signature));
    if (!(created instanceof io.purser.identity.UserCreation.Created)) {
      throw new IllegalStateException("could not create user " + name + ": " + created);
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /**
   * Signs in and opens the All view: most tests look at every conversation of the workspace
   * (sign-in itself lands on My queue, see {@link #signInWhereItLands}).
   */
  void signIn() {
    signInWhereItLands();
    browser.get(url("/console?view=all"));
    // A change made before the page's live stream is connected would never show: wait for it.
    waitUpTo(Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-live=open]")));
  }

  /**
   * Leaves the page and forgets the session, as signing in as someone else needs. The page is left
   * first: a live page's requests sent after the cookies were gone (its stream reconnecting, a
   * refresh) start a session of their own, and the login form then posted with the other session's
   * CSRF token was refused (403).
   */
  void forgetSession() {
    browser.get("about:blank");
    browser.get(url("/login"));
    browser.manage().deleteAllCookies();
  }

  /** Signs in and stays where sign-in lands. */
  void signInWhereItLands() {
    browser.get(url("/login"));
    browser.findElement(By.id("workspace")).sendKeys(workspace.slug());
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
    waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console"));
  }

  /** A customer's tweet to the workspace's X account, delivered through the signed webhook. */
  String tweet(String customerId, String handle, String text) {
    return tweet(customerId, handle, text, Instant.now());
  }

  /** A customer's tweet posted at the given time (X gives whole seconds). */
  String tweet(String customerId, String handle, String text, Instant postedAt) {
    var tweetId = digits();
    brand.deliverX(Payloads.xTweet(xAccountId, tweetId, customerId, handle, text, null, postedAt));
    return tweetId;
  }

  /** Clicks, trying again when a live update has just replaced the element. */
  void click(By what) {
    page.click(what);
  }

  /** Chooses an option of a select that live updates may replace. */
  void select(By what, String value) {
    page.select(what, value);
  }

  /**
   * The text of an element, read again when a live update has just replaced it (the timeline and
   * the list are swapped in whole by htmx).
   */
  String textOf(By what) {
    return page.textOf(what);
  }

  /** An attribute of an element, read again when a live update has just replaced it. */
  String attributeOf(By what, String name) {
    return page.attributeOf(what, name);
  }

  /**
   * Runs a script in the page (the tests' way to reach inside it: slow an answer, click at once).
   */
  Object runScript(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  /** Waits until a script run in the page has set {@code window.<flag>}. */
  void waitForFlag(String flag, Duration timeout) {
    waitUpTo(timeout)
        .until(driver -> ((JavascriptExecutor) driver).executeScript("return window." + flag));
  }

  WebDriverWait waitUpTo(Duration timeout) {
    return page.waitUpTo(timeout);
  }

  /**
   * The element once it shows {@code text}, and once the page has caught up with what changed while
   * it opened, so the element is not replaced by that catch-up a moment later.
   */
  WebElement waitForText(By where, String text, Duration timeout) {
    waitUpTo(timeout).until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    page.awaitCaughtUp(timeout);
    waitUpTo(timeout).until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    return browser.findElement(where);
  }

  static String digits() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L));
  }
}
