package io.purser.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.airline.StoryBookings;
import io.purser.airline.demo.DemoAirline;
import io.purser.identity.Role;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The booking panel's confirmation step and the approvals queue, in Chromium: the agent clicks
 * Rebook and sees the change before anything happens (Escape cancels), picks goodwill as the reason
 * — which an agent may not grant alone — says how they checked the customer is the passenger and
 * asks a supervisor; the supervisor finds it in the approvals queue, approves it with a note, and
 * the agent's panel shows the change done.
 */
class BookingApprovalsIT extends BrowserTest {

  private static final Duration SECONDS_10 = Duration.ofSeconds(10);
  private static final Duration SECONDS_30 = Duration.ofSeconds(30);

  @Autowired DemoAirline demo;

  @Test
  void aGoodwillRebookingIsAskedConfirmedApprovedInTheQueueAndDone() throws Exception {
    var locator = StoryBookings.book(demo);
    var connected = api.put("/api/v1/airline/connector", workspace.token(), "{\"kind\":\"demo\"}");
    assertThat(connected.status()).as(connected.body()).isEqualTo(200);
    var supervisor = "sup-" + workspace.slug();
    createUser(supervisor, Role.SUPERVISOR, "Sam Supervisor", "^SS");
    tweet(digits(), "alex_travels", "@DemoAir can you move my return? Booking " + locator);
    var agent = username;

    // The agent opens the conversation and clicks Rebook: a confirmation step, nothing changes.
    signIn();
    click(By.cssSelector(".row-link"));
    waitForText(By.id("booking"), "Schedule changed", SECONDS_10);
    click(By.cssSelector("#booking .alternative .rebook"));
    waitForText(By.id("rebook-review"), "Confirm the change", SECONDS_10);
    assertThat(textOf(By.cssSelector("#rebook-review .review-fare")))
        .contains("no fare difference");
    // The customer's profile is not the passenger's name: the check comes first, focused.
    waitUpTo(SECONDS_10)
        .until(d -> "identity-check".equals(d.switchTo().activeElement().getDomAttribute("id")));
    browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    waitUpTo(SECONDS_10).until(ExpectedConditions.numberOfElementsToBe(By.id("rebook-review"), 0));
    assertThat(browser.findElements(By.cssSelector("#booking .alternative"))).isNotEmpty();

    // Goodwill waives the fare: an agent asks a supervisor.
    click(By.cssSelector("#booking .alternative .rebook"));
    waitForText(By.id("rebook-review"), "Confirm the change", SECONDS_10);
    new Select(browser.findElement(By.id("rebook-reason"))).selectByValue("GOODWILL");
    waitForText(By.id("confirm-rebook"), "Ask a supervisor", SECONDS_10);
    assertThat(textOf(By.cssSelector("#rebook-review .needs-supervisor"))).contains("goodwill");
    browser
        .findElement(By.id("identity-check"))
        .sendKeys("He gave the booking's e-mail address in a private message");
    keep("BookingApprovalsIT-review.png");
    click(By.id("confirm-rebook"));
    // (The panel's "Sent to a supervisor" gives way to a live refresh at once: the action's
    // status is what stays.)
    waitForText(By.cssSelector("#booking .booking-action"), "awaiting a supervisor", SECONDS_30);
    var conversationUrl = browser.getCurrentUrl();

    // The supervisor finds it in the approvals queue and approves it with a note.
    forgetSession();
    username = supervisor;
    signIn();
    click(By.id("nav-approvals"));
    waitForText(By.id("approvals-live"), locator, SECONDS_10);
    var item = By.cssSelector("#approvals-live .approval-item");
    assertThat(textOf(item))
        .as("the asker by name")
        .contains("Ana Agent")
        .contains("Goodwill")
        .contains("goodwill");
    keep("BookingApprovalsIT-queue.png");
    browser
        .findElement(By.cssSelector("#approvals-live .approval-item input[name=note]"))
        .sendKeys("OK as a gesture: his third disruption this year");
    click(By.cssSelector("#approvals-live .approval-item .approve"));
    // (The "Approved" line gives way to the live refresh the decision itself triggers.)
    waitForText(By.id("approvals-live"), "Nothing waits for a supervisor", SECONDS_30);

    // The agent's panel shows the change done, with the supervisor's note in the audit trail.
    forgetSession();
    username = agent;
    signIn();
    browser.get(conversationUrl);
    waitForText(By.cssSelector("#booking .booking-action"), "done", SECONDS_10);
    assertThat(
            browser
                .findElement(By.cssSelector("#booking .booking-action .audit"))
                .getDomProperty("textContent"))
        .contains("OK as a gesture", "identity checked by");
    assertThat(textOf(By.id("booking"))).contains("Tell the customer");
    keep("BookingApprovalsIT-done.png");
  }

  @Test
  void anAgentHasNoApprovalsQueue() {
    // The page answers 403 to an agent on purpose: the browser logs that status.
    expectConsoleError("status of 403");
    signIn();
    assertThat(browser.findElements(By.id("nav-approvals"))).isEmpty();
    browser.get(url("/console/approvals"));
    assertThat(browser.findElements(By.id("approvals-live")))
        .as("an agent is refused the queue")
        .isEmpty();
  }

  private void keep(String name) throws java.io.IOException {
    for (var size : new Dimension[] {new Dimension(1440, 900), new Dimension(1280, 800)}) {
      browser.manage().window().setSize(size);
      Files.createDirectories(SCREENSHOTS);
      var shot = browser.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(
          shot,
          SCREENSHOTS.resolve(name.replace(".png", "-" + size.getWidth() + ".png")),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
