package io.purser.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.airline.demo.DemoAirline;
import io.purser.airline.demo.DemoConnections;
import io.purser.testing.DemoModeTest;
import io.purser.testing.Screenshots;
import io.purser.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole story on the demo, as a new user sees it after {@code ./purser demo}: the application
 * in demo mode ({@link DemoModeTest}: its own data folder, the suite's database), signed in as
 * {@code agent}/{@code demo}; Alex Martin's message opened from the queue, the flight from his
 * screenshot first among the alternatives, rebooked with a window seat, the confirmation e-mail in
 * the demo's mailbox, the prepared reply sent and shown <b>Delivered</b> — through the demo's
 * network sandbox, with no stand-in. Screenshots under {@code target/screenshots/<database>/}.
 */
class DemoStoryIT extends DemoModeTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots", TestDatabase.KIND);

  static ChromeDriver browser;

  @Autowired DemoConnections airline;

  @BeforeAll
  static void startBrowser() {
    browser = Chromium.startOrSkip();
  }

  @AfterAll
  static void stopBrowser() {
    Chromium.quit(browser);
    browser = null;
  }

  @Test
  void alexMartinIsRebookedOnHisFlightWithAWindowSeatAndTheReplyIsDelivered() throws IOException {
    // The demo reads the screenshot as on a machine where tesseract is not on the PATH.
    Screenshots.requireEmbeddedOcr();
    var steps = new StorySteps(browser);
    var offered = airline.offeredInstead(DemoAirline.STORY_LOCATOR);
    var number = offered.get(offered.size() - 1).number();
    try {
      browser.get("http://localhost:" + PORT + "/login");
      browser.findElement(By.id("username")).sendKeys("agent");
      browser.findElement(By.id("password")).sendKeys("demo");
      browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
      steps.waitUpTo(StorySteps.SECONDS_10).until(ExpectedConditions.urlContains("/console"));

      // Alex Martin's message, from the queue.
      var alex = By.xpath("//a[contains(@class,'row-link')][contains(., 'Alex Martin')]");
      refreshUntil(
          Duration.ofSeconds(60),
          Duration.ofSeconds(2),
          () -> !browser.findElements(alex).isEmpty());
      steps.click(alex);

      steps.screenshotFlightIsFirst(number);
      var seat = steps.rebookWithAnotherWindowSeat(number, null);
      steps.keepScreenshotOf(By.id("booking"), SCREENSHOTS.resolve("DemoStoryIT-booking.png"));
      // The confirmation e-mail is in the demo's mailbox, looked at in another tab: the reply the
      // panel prepared stays in this one.
      var console = browser.getWindowHandle();
      browser.switchTo().newWindow(WindowType.TAB);
      browser.get("http://localhost:" + PORT + "/console/mailbox");
      refreshUntil(
          Duration.ofSeconds(30),
          Duration.ofSeconds(1),
          () -> {
            var page = browser.findElement(By.tagName("body")).getText();
            return page.contains(DemoAirline.STORY_LOCATOR) && page.contains(number);
          });
      shot("DemoStoryIT-mailbox.png");
      browser.close();
      browser.switchTo().window(console);

      // The prepared reply goes to X — the sandbox — and is delivered.
      steps.sendPreparedReply(number, seat, DemoAirline.STORY_LOCATOR);
      // Alex's conversation may hold other replies: ours is the one naming his flight.
      var ours =
          By.xpath(
              "//*[contains(concat(' ', @class, ' '), ' message ')][contains(@class, 'outbound')]"
                  + "[contains(., '"
                  + number
                  + "')]");
      // The echo comes a second after the send; CI's two test JVMs on two cores took longer.
      steps
          .waitUpTo(Duration.ofSeconds(120))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              driver ->
                  driver.findElements(ours).stream()
                      .anyMatch(m -> m.getText().contains("Delivered")));
      assertThat(browser.findElements(ours)).hasSize(1);
    } finally {
      shot("DemoStoryIT-final.png");
    }
  }

  /** Reloads the page every {@code poll} until it {@code shows} what the test waits for. */
  private static void refreshUntil(Duration atMost, Duration poll, Callable<Boolean> shows) {
    await()
        .atMost(atMost)
        .pollInterval(poll)
        .until(
            () -> {
              browser.navigate().refresh();
              return shows.call();
            });
  }

  private static void shot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        SCREENSHOTS.resolve(name),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
