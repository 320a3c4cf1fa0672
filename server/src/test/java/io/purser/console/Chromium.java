package io.purser.console;

import io.purser.testing.MachineRequirement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and its ChromeDriver (packages {@code chromium} and {@code chromium-driver}),
 * built from the same sources, so they always match and nothing is downloaded. Locations can be
 * overridden with PURSER_CHROMIUM and PURSER_CHROMEDRIVER.
 */
final class Chromium {

  static final Path BROWSER = Path.of(env("PURSER_CHROMIUM", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(env("PURSER_CHROMEDRIVER", "/usr/bin/chromedriver"));

  private Chromium() {}

  /** Why the browser tests cannot run here, or null when they can. */
  static String unavailableReason() {
    if (!Files.isExecutable(BROWSER)) {
      return "Chromium is not installed at " + BROWSER + " (apt-get install chromium)";
    }
    if (!Files.isExecutable(DRIVER)) {
      return "ChromeDriver is not installed at " + DRIVER + " (apt-get install chromium-driver)";
    }
    return null;
  }

  /**
   * The browser for a class of browser tests; without Chromium here the tests are skipped with the
   * reason, except in CI, where they fail.
   */
  static ChromeDriver startOrSkip() {
    MachineRequirement.require("the console's browser tests", unavailableReason());
    return start();
  }

  /** Quits the browser, if one was started. */
  static void quit(ChromeDriver browser) {
    if (browser != null) {
      browser.quit();
    }
  }

  private static ChromeDriver start() {
    // Selenium logs every CDP version mismatch at INFO; the tests use plain WebDriver only.
    Logger.getLogger("org.openqa.selenium").setLevel(Level.WARNING);
    var options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-dev-shm-usage",
        "--window-size=1280,900");
    // Leave any alert open so a test can see that one was raised, instead of a driver error.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    // The page's console (errors, CSP violations, failed loads) read by BrowserTest after each
    // test: a page that logs an error fails its test.
    var logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    var driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    return driver;
  }

  private static String env(String name, String fallback) {
    var value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
