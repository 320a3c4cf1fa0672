package io.purser.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.identity.Role;
import io.purser.routing.RoutingManagement;
import io.purser.routing.domain.Presence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agent's flow through the console in a real browser: where sign-in lands and what switching
 * language keeps, going away without losing the conversation being typed in, taking over past
 * capacity, the supervisor's "Give to" list, the mailbox page, and the keyboard (j / k inside a
 * conversation, e with Undo, Tab to the reply, the composer in view, the counter's signature).
 */
class AgentFlowIT extends BrowserTest {

  // Named for what a quiet machine needs; CI's two test JVMs on two cores once took longer.
  static final Duration SECONDS_5 = Duration.ofSeconds(20);
  static final Duration SECONDS_10 = Duration.ofSeconds(10);
  static final By LIST = By.cssSelector("ol.conversations");
  static final By TIMELINE = By.cssSelector("ol.timeline");

  @Autowired RoutingManagement routing;

  @Test
  void signInLandsOnMyQueueAndSwitchingLanguageKeepsTheViewAndTheOpenConversation() {
    tweet("3101", "landing_lea", "@DemoAir is my flight to Oslo on time?");
    signInWhereItLands();

    assertThat(attributeOf(By.id("view-mine"), "aria-current")).isEqualTo("page");
    assertThat(textOf(By.id("mine-empty"))).contains("Nothing is yours yet");
    click(By.id("view-unassigned"));
    waitForText(LIST, "landing_lea", SECONDS_5);

    click(By.cssSelector(".languages a[hreflang=fr]"));
    waitForText(By.id("view-unassigned"), "Non attribuées", SECONDS_5);
    assertThat(attributeOf(By.id("view-unassigned"), "aria-current")).isEqualTo("page");
    assertThat(textOf(LIST)).contains("landing_lea");
    assertThat(browser.getCurrentUrl()).contains("view=unassigned").contains("lang=fr");

    click(By.cssSelector(".row-link"));
    waitForText(TIMELINE, "Oslo", SECONDS_5);
    var conversation = browser.getCurrentUrl();
    click(By.cssSelector(".languages a[hreflang=en]"));
    waitForText(By.cssSelector(".conversation-header .status"), "New", SECONDS_5);
    assertThat(browser.getCurrentUrl()).startsWith(conversation).contains("lang=en");
    assertThat(textOf(TIMELINE)).contains("Oslo");
  }

  @Test
  void goingAwayAsksFirstAndKeepsTheConversationWithAnUnsentReply() throws IOException {
    tweet("3201", "typing_tom", "@DemoAir my bag did not arrive in Lyon");
    tweet("3202", "other_olga", "@DemoAir can I change my seat to a window?");
    signIn();
    select(By.id("presence"), "available");
    waitUntilOwned(userId(username), 2);

    browser.get(url("/console?view=mine"));
    waitForText(LIST, "typing_tom", SECONDS_5);
    click(By.xpath("//a[contains(@class,'row-link')][contains(.,'typing_tom')]"));
    waitForText(TIMELINE, "Lyon", SECONDS_5);
    var kept = browser.getCurrentUrl();
    browser.findElement(By.id("reply-text")).sendKeys("I am tracing your bag with the station");

    select(By.id("presence"), "away");
    var confirm = By.cssSelector(".presence-confirm");
    waitUpTo(SECONDS_5).until(ExpectedConditions.visibilityOfElementLocated(confirm));
    assertThat(textOf(confirm))
        .contains("Your 2 conversations go back to the queue")
        .contains("typing_tom", "other_olga", "your reply is not sent yet");
    assertThat(keepBox("typing_tom").isSelected()).as("the one typed in comes ticked").isTrue();
    assertThat(keepBox("other_olga").isSelected()).isFalse();
    screenshot("going-away-confirmation");

    click(By.id("presence-confirm-go"));
    waitForText(
        By.cssSelector(".presence-handed-back"),
        "One conversation went back to the queue; you kept one.",
        SECONDS_5);
    assertThat(attributeOf(By.id("presence"), "class")).contains("presence-away");
    assertThat(browser.findElement(By.id("reply-text")).getDomProperty("value"))
        .isEqualTo("I am tracing your bag with the station");
    browser.get(url("/console?view=mine"));
    waitForText(LIST, "typing_tom", SECONDS_5);
    assertThat(textOf(LIST)).doesNotContain("other_olga");
    assertThat(kept).contains("/console/conversations/");
  }

  @Test
  void cancellingGoingAwayChangesNothing() {
    tweet("3301", "staying_sam", "@DemoAir is the lounge open at gate B?");
    signIn();
    select(By.id("presence"), "available");
    waitUntilOwned(userId(username), 1);

    select(By.id("presence"), "offline");
    waitForText(By.cssSelector(".presence-confirm"), "Switch to Offline?", SECONDS_5);
    click(By.id("presence-confirm-stay"));

    waitUpTo(SECONDS_5)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("select.presence-available")));
    browser.navigate().refresh();
    waitForText(By.cssSelector("#view-mine .count"), "1", SECONDS_5);
  }

  @Test
  void anAgentAtCapacityTakesAConversationOverAndIsToldWhatThatMeans() {
    long ana = userId(username);
    routing.updateAgent(workspace.id(), ana, 1, Set.of(), Set.of());
    routing.setPresence(workspace.id(), ana, Presence.AVAILABLE, "test");
    tweet("3401", "first_fay", "@DemoAir my flight is delayed, will I make my connection?");
    waitUntilOwned(ana, 1);
    tweet("3402", "second_sid", "@DemoAir I was charged twice for my seat");
    signIn();
    waitForText(LIST, "second_sid", SECONDS_5);
    click(By.xpath("//a[contains(@class,'row-link')][contains(.,'second_sid')]"));
    waitForText(By.id("owner-line"), "Nobody", SECONDS_5);

    click(By.id("take-over"));

    waitForText(By.id("owner-line"), "You are working on it.", SECONDS_5);
    assertThat(textOf(By.id("past-capacity")))
        .contains("You now have 2 conversations, over your capacity of 1")
        .contains("routing sends you nothing new");
  }

  @Test
  void theSupervisorsGiveToListPutsAgentsAtWorkFirstAndPreselectsNobody() {
    long ana = userId(username);
    routing.setPresence(workspace.id(), ana, Presence.AVAILABLE, "test");
    createUser("olga-" + workspace.slug(), Role.AGENT, "Olga Offline", "OO");
    createUser("bea-" + workspace.slug(), Role.AGENT, "Bea Busy", "BB");
    routing.setPresence(workspace.id(), userId("bea-" + workspace.slug()), Presence.BUSY, "test");
    createUser("admin-" + workspace.slug(), Role.ADMIN, "Aaron Admin", "AA");
    tweet("3501", "given_gil", "@DemoAir who can help me with a refund?");
    waitUntilOwned(ana, 1);
    username = "admin-" + workspace.slug();
    signIn();
    waitForText(LIST, "given_gil", SECONDS_5);
    click(By.cssSelector(".row-link"));
    waitForText(By.id("owner-line"), "Ana Agent", SECONDS_5);

    var giveTo = new Select(browser.findElement(By.id("reassign-agent")));
    assertThat(giveTo.getFirstSelectedOption().getDomAttribute("value")).isEmpty();
    var atWork = names("optgroup:first-of-type option");
    var notAtWork = names("optgroup:last-of-type option");
    assertThat(atWork).hasSize(2);
    assertThat(atWork.get(0)).startsWith("Ana Agent (Available");
    assertThat(atWork.get(1)).startsWith("Bea Busy (Busy");
    assertThat(notAtWork).anyMatch(n -> n.startsWith("Olga Offline (Offline"));
    assertThat(notAtWork).anyMatch(n -> n.startsWith("Aaron Admin"));
    assertThat(
            browser
                .findElement(By.cssSelector("#reassign-agent optgroup:last-of-type"))
                .getDomAttribute("label"))
        .contains("Away or offline");
  }

  @Test
  void theMailboxIsInTheNavigationWithPresenceAndTheUser() {
    signIn();
    click(By.id("nav-mailbox"));
    waitForText(By.tagName("h1"), "Mailbox", SECONDS_5);
    assertThat(browser.findElement(By.id("presence")).isDisplayed()).isTrue();
    assertThat(textOf(By.cssSelector(".topbar .user"))).contains("Ana Agent");
    assertThat(textOf(By.cssSelector(".topnav"))).contains("Conversations", "Mailbox");
  }

  @Test
  void jAndKMoveBetweenConversationsAndEResolvesMovesOnWithAnUndo() {
    var now = Instant.now();
    tweet("3601", "one_ola", "@DemoAir where is my bag?", now.minusSeconds(120));
    tweet("3602", "two_tim", "@DemoAir can I change my seat?", now.minusSeconds(60));
    tweet("3603", "three_tea", "@DemoAir is my flight on time?", now);
    signIn();
    waitUpTo(SECONDS_10).until(d -> d.findElements(By.cssSelector(".row-link")).size() == 3);
    var hrefs =
        browser.findElements(By.cssSelector(".row-link")).stream()
            .map(link -> link.getDomProperty("href"))
            .toList();
    click(By.cssSelector(".row-link"));
    waitUpTo(SECONDS_5).until(ExpectedConditions.urlToBe(hrefs.get(0)));
    var keys = new Actions(browser);

    keys.sendKeys("j").perform();
    waitUpTo(SECONDS_5).until(ExpectedConditions.urlToBe(hrefs.get(1)));
    keys.sendKeys("j").perform();
    waitUpTo(SECONDS_5).until(ExpectedConditions.urlToBe(hrefs.get(2)));
    keys.sendKeys("k").perform();
    waitUpTo(SECONDS_5).until(ExpectedConditions.urlToBe(hrefs.get(1)));
    waitForText(By.cssSelector(".conversation-header .status"), "New", SECONDS_5);
    var name = textOf(By.cssSelector(".conversation-header h1"));

    keys.sendKeys("e").perform();

    waitUpTo(SECONDS_5).until(ExpectedConditions.urlToBe(hrefs.get(2)));
    waitUpTo(SECONDS_5).until(ExpectedConditions.visibilityOfElementLocated(By.id("undo-bar")));
    assertThat(textOf(By.id("undo-bar"))).contains("Resolved", name, "Undo");
    click(By.id("undo-resolve"));
    waitUpTo(SECONDS_5).until(ExpectedConditions.urlToBe(hrefs.get(1)));
    waitForText(By.cssSelector(".conversation-header .status"), "Open", SECONDS_5);
  }

  @Test
  void theComposerIsInViewAt1440x900AndTheFirstTabLeadsToIt() throws IOException {
    browser.manage().window().setSize(new Dimension(1440, 900));
    var start = Instant.now().minusSeconds(600);
    for (int i = 0; i < 8; i++) {
      tweet(
          "3701",
          "long_lou",
          "@DemoAir message "
              + i
              + ": my connection in Frankfurt was missed, the desk sent me"
              + " to another desk, and now the queue there is two hours long. Please help.",
          start.plusSeconds(i * 10L));
    }
    signIn();
    waitForText(LIST, "long_lou", SECONDS_5);
    click(By.cssSelector(".row-link"));
    waitForText(TIMELINE, "message 7", SECONDS_5);

    assertInView("reply-text");
    assertInView("reply-counter");
    assertThat(textOf(By.id("reply-counter"))).contains("incl. signature ^AA");
    // The timeline scrolls on its own, under the composer's place, never behind it.
    assertThat(
            runScript(
                "var l = document.getElementById('live');"
                    + " return l.scrollHeight > l.clientHeight;"))
        .isEqualTo(true);
    runScript("document.getElementById('live').scrollTop = 400;");
    assertInView("reply-text");
    assertThat(
            runScript(
                "var l = document.getElementById('live').getBoundingClientRect();"
                    + " var f = document.getElementById('reply-form').getBoundingClientRect();"
                    + " return l.bottom <= f.top;"))
        .isEqualTo(true);

    runScript("window.scrollTo(0, 0); document.activeElement.blur();");
    new Actions(browser).sendKeys(Keys.TAB).perform();
    var first = browser.switchTo().activeElement();
    assertThat(first.getText()).isEqualTo("Skip to the reply");
    first.sendKeys(Keys.ENTER);
    assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("reply-text");
    screenshot("composer-1440x900");

    browser.manage().window().setSize(new Dimension(1280, 800));
    assertInView("reply-text");
    screenshot("composer-1280x800");
  }

  private void assertInView(String id) {
    var inView =
        runScript(
            "var r = document.getElementById('"
                + id
                + "').getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;");
    assertThat(inView).as(id + " is in view").isEqualTo(true);
  }

  private org.openqa.selenium.WebElement keepBox(String handle) {
    return browser.findElement(
        By.xpath("//ul[@class='presence-keep']/li[contains(.,'" + handle + "')]//input"));
  }

  private List<String> names(String css) {
    return browser.findElements(By.cssSelector("#reassign-agent " + css)).stream()
        .map(o -> o.getText())
        .toList();
  }

  private long userId(String name) {
    return identity.users(workspace.id()).stream()
        .filter(user -> user.username().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private void waitUntilOwned(long agent, int open) {
    waitUpTo(SECONDS_10)
        .until(d -> routing.agent(workspace.id(), agent).orElseThrow().open() == open);
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    var shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(
        shot,
        SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
