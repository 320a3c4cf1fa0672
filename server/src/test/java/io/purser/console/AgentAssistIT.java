package io.purser.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Agent assist on the conversation page, in a real browser: the tone check explains and suggests
 * while the agent types and never stops a reply, and a long conversation opens with its summary.
 */
class AgentAssistIT extends BrowserTest {

  static final By REPLY = By.id("reply-text");
  static final By WARNINGS = By.id("reply-warnings");
  static final Duration SECONDS_10 = Duration.ofSeconds(10);

  @Test
  void theToneCheckExplainsWhileTheAgentTypesAndNeverStopsTheReply() {
    tweet(
        "2101",
        "angry_ann",
        "@DemoAir my flight was cancelled and nobody helps, this is a disgrace, I want a refund");
    open("angry_ann");

    browser.findElement(REPLY).sendKeys("You should have checked the app. It is your fault.");

    var warnings = waitForText(WARNINGS, "puts the blame on the customer", SECONDS_10);
    assertThat(warnings.getText())
        .as("the blame is quoted, with what to say instead")
        .contains("“You should have checked”", "“It is your fault”", "Say what can be done now")
        .contains("the reply has no apology");
    assertThat(browser.findElements(By.cssSelector(".tone-hint.is-hint")))
        .as("the missing apology only asks to reconsider")
        .hasSize(1);

    var box = browser.findElement(REPLY);
    box.clear();
    box.sendKeys("We are so sorry, Ann. Please DM us your booking and we will look at options.");
    waitUpTo(SECONDS_10)
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".tone-hint"), 0));

    box.clear();
    box.sendKeys("It is your fault, honestly.");
    waitForText(WARNINGS, "puts the blame", SECONDS_10);
    click(By.cssSelector("#reply-form button[type=submit]"));
    waitForText(By.cssSelector("#reply-form [role=status]"), "queued", SECONDS_10);

    // The next draft is checked too (and left on screen for the screenshot).
    browser.findElement(REPLY).sendKeys("We WILL NOT refund this, as we explained before.");
    waitForText(WARNINGS, "in capitals reads as shouting", SECONDS_10);
  }

  @Test
  void aLongConversationOpensWithItsSummary() {
    var start = Instant.now().minusSeconds(3_600);
    tweet("2201", "long_lou", "@DemoAir my bag did not arrive in Nice on DA321", start);
    tweet(
        "2201", "long_lou", "@DemoAir still nothing, it is a red suitcase", start.plusSeconds(60));
    tweet("2201", "long_lou", "@DemoAir the tag number is on my receipt", start.plusSeconds(120));
    tweet("2201", "long_lou", "@DemoAir hello? anyone there?", start.plusSeconds(180));
    tweet("2201", "long_lou", "@DemoAir I need my medication from it", start.plusSeconds(240));
    tweet("2201", "long_lou", "@DemoAir please answer me", start.plusSeconds(300));
    open("long_lou");
    waitForText(By.cssSelector("ol.timeline"), "please answer me", SECONDS_10);

    var summary = waitForText(By.id("summary"), "Summary", SECONDS_10);
    assertThat(summary.getText())
        .as("what the customer wants, in their words, and what is still open")
        .contains("Wants: Lost baggage", "red suitcase")
        .contains("6 customer messages unanswered since");
  }

  @Test
  void aShortConversationHasNoSummary() {
    tweet("2301", "brief_bea", "@DemoAir is DA123 on time?");
    open("brief_bea");
    assertThat(browser.findElements(By.id("summary"))).isEmpty();
  }

  private void open(String handle) {
    signIn();
    waitForText(By.cssSelector("ol.conversations"), handle, SECONDS_10);
    click(By.cssSelector(".row-link"));
    waitForText(By.cssSelector("ol.timeline"), "@DemoAir", SECONDS_10);
  }
}
