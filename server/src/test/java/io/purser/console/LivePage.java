package io.purser.console;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A console page in Chromium that live updates keep changing: htmx swaps the timeline and the list
 * in whole, so an element found a moment ago may be gone. Clicks and reads try again on the element
 * that replaced it.
 */
class LivePage {

  private final ChromeDriver browser;

  LivePage(ChromeDriver browser) {
    this.browser = browser;
  }

  /**
   * Clicks once the page has caught up with what changed while it opened, trying again when a live
   * update has just replaced the element.
   */
  void click(By what) {
    awaitCaughtUp(Duration.ofSeconds(10));
    waitUpTo(Duration.ofSeconds(5))
        .ignoring(StaleElementReferenceException.class)
        .until(
            driver -> {
              driver.findElement(what).click();
              return true;
            });
  }

  /** Chooses an option of a select, trying again when a live update has just replaced it. */
  void select(By what, String value) {
    waitUpTo(Duration.ofSeconds(5))
        .ignoring(StaleElementReferenceException.class)
        .until(
            driver -> {
              new Select(driver.findElement(what)).selectByValue(value);
              return true;
            });
  }

  /** The text of an element, read again when a live update has just replaced it. */
  String textOf(By what) {
    return waitUpTo(Duration.ofSeconds(5))
        .ignoring(StaleElementReferenceException.class)
        .until(driver -> driver.findElement(what).getText());
  }

  /** An attribute of an element, read again when a live update has just replaced it. */
  String attributeOf(By what, String name) {
    return waitUpTo(Duration.ofSeconds(5))
        .ignoring(StaleElementReferenceException.class)
        .until(driver -> String.valueOf(driver.findElement(what).getDomAttribute(name)));
  }

  /**
   * Waits until a page with a live stream hears it and has loaded what changed while it opened
   * ({@code data-live} is {@code open}; {@code lost} too, not to wait on a broken stream).
   */
  void awaitCaughtUp(Duration timeout) {
    waitUpTo(timeout)
        .until(
            driver ->
                (Boolean)
                    browser.executeScript(
                        "var b = document.body; return !b || !b.dataset.events"
                            + " || b.dataset.live === 'open' || b.dataset.live === 'lost';"));
  }

  WebDriverWait waitUpTo(Duration timeout) {
    var wait = new WebDriverWait(browser, timeout);
    wait.pollingEvery(Duration.ofMillis(50));
    return wait;
  }
}
