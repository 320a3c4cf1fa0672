package io.purser.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The seed story's steps in the console, in Chromium: the booking panel offering the flight from
 * the customer's screenshot first, the rebooking with a window seat, another window seat picked on
 * the map, and the prepared reply sent. Whoever boots the application (WireMock networks or the
 * demo's sandbox) drives the same steps.
 */
final class StorySteps extends LivePage {

  static final Duration SECONDS_10 = Duration.ofSeconds(10);
  static final Duration SECONDS_30 = Duration.ofSeconds(30);

  private final ChromeDriver browser;

  StorySteps(ChromeDriver browser) {
    super(browser);
    this.browser = browser;
  }

  /** The screenshot is read and its flight is the first alternative, marked as the customer's. */
  void screenshotFlightIsFirst(String number) {
    waitForText(By.cssSelector(".media-flights"), number, SECONDS_30);
    assertThat(
            (Long)
                browser.executeScript(
                    "return document.querySelector('img.attachment-image').naturalWidth;"))
        .isPositive();
    click(By.cssSelector(".locator-link"));
    waitForText(By.id("booking"), "Schedule changed", SECONDS_10);
    var first = By.cssSelector("#booking .alternative");
    waitForText(first, number, SECONDS_10);
    assertThat(attributeOf(first, "class")).contains("is-shown");
    assertThat(textOf(first)).contains("From the customer’s screenshot");
  }

  /**
   * Rebook (window seat preselected) first shows the change to confirm, with no fare to pay on a
   * schedule change; nothing changes yet. When the customer's profile does not bear the passenger's
   * name, the agent writes how they checked ({@code identityCheck}; null when the panel asks
   * nothing). A double click on Confirm changes the booking once; then another free window seat is
   * picked on the map. Answers the seat chosen.
   */
  String rebookWithAnotherWindowSeat(String number, String identityCheck) {
    click(By.cssSelector("#booking .alternative .rebook"));
    waitForText(By.id("rebook-review"), number, SECONDS_10);
    assertThat(textOf(By.cssSelector("#rebook-review .review-fare")))
        .contains("no fare difference");
    var check = browser.findElements(By.id("identity-check"));
    if (identityCheck != null) {
      assertThat(check).as("the panel asks how the agent checked who the customer is").hasSize(1);
      check.get(0).sendKeys(identityCheck);
    } else {
      assertThat(check).as("the customer's own name and record locator need no check").isEmpty();
    }
    new Actions(browser).doubleClick(browser.findElement(By.id("confirm-rebook"))).perform();
    waitForText(By.cssSelector("#booking .seat-map"), "Seats on " + number, SECONDS_30);
    assertThat(textOf(By.id("booking-outcome")))
        .as("the first click's answer, or the second's: a repeat that changed nothing")
        .containsAnyOf("Done.", "Already done");
    var mine = By.cssSelector("#booking .seat-mine");
    var given = textOf(mine);
    assertThat(attributeOf(mine, "class")).contains("seat-window");
    var other =
        browser.findElements(By.cssSelector("#booking .seat-window:not([disabled])")).stream()
            .filter(b -> !b.getText().equals(given))
            .findFirst()
            .orElseThrow();
    var chosen = other.getText();
    other.click();
    // 30 s: on a loaded machine, PostgreSQL took over 10 s for the seat change once.
    waitForText(By.cssSelector("#booking .seat-mine"), chosen, SECONDS_30);
    return chosen;
  }

  /** The itinerary reply the panel prepared, checked and sent with Ctrl+Enter. */
  void sendPreparedReply(String... mentions) {
    click(By.id("use-itinerary-reply"));
    var box = browser.findElement(By.id("reply-text"));
    assertThat(box.getDomProperty("value")).contains(mentions);
    box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
  }

  /** A picture of one part of the page for people to look at, beside the final screenshot. */
  void keepScreenshotOf(By what, Path file) throws IOException {
    var element = browser.findElement(what);
    browser.executeScript("arguments[0].scrollIntoView(true);", element);
    Files.createDirectories(file.getParent());
    Files.write(file, element.getScreenshotAs(OutputType.BYTES));
  }

  void waitForText(By where, String text, Duration timeout) {
    waitUpTo(timeout)
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(where, text));
  }
}
