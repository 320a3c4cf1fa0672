package io.purser.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.identity.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The agent's working tools in a real browser: saved replies with variables, shortcuts, notes,
 * tags, search, the personal-data warning, triage corrections, SLA colours, presence and the
 * supervisor's view.
 */
class ConsoleWorkIT extends BrowserTest {

  static final Duration SECONDS_5 = Duration.ofSeconds(5);
  static final By REPLY = By.id("reply-text");

  @Test
  void aSavedReplyPickedWithSlashIsFilledWithTheCustomerTheBookingAndTheAgent() {
    var saved =
        api.post(
            "/api/v1/saved-replies",
            workspace.token(),
            "{\"name\":\"Rebooked\",\"text\":\"Hi {customer_name}, booking {record_locator} is"
                + " rebooked on the 18:05. {agent_name} will email the confirmation.\"}");
    assertThat(saved.status()).isEqualTo(201);
    tweet("2101", "rebook_rob", "@DemoAir moved 3h earlier, booking X7K2PQ, can you rebook me?");
    openOnlyConversation("rebook_rob");

    new Actions(browser).sendKeys("/").perform();
    assertThat(browser.switchTo().activeElement().getDomAttribute("id"))
        .isEqualTo("saved-reply-search");
    browser.switchTo().activeElement().sendKeys("rebook");
    click(By.cssSelector("#saved-replies .saved-reply"));

    // The server fills the variables; the page then puts the text in the reply box and the focus
    // after it. Both happen a moment after the click.
    var filled =
        "Hi rebook_rob, booking X7K2PQ is rebooked on the 18:05. Ana Agent will email the"
            + " confirmation.";
    waitUpTo(SECONDS_5)
        .until(driver -> filled.equals(driver.findElement(REPLY).getDomProperty("value")));
    waitUpTo(SECONDS_5)
        .until(
            driver -> "reply-text".equals(driver.switchTo().activeElement().getDomAttribute("id")));
    // Public reply with a record locator: the agent is warned while typing.
    waitForText(By.id("reply-warnings"), "record locator", SECONDS_5);
  }

  @Test
  void shortcutsListNoteAndResolveFromTheKeyboard() {
    tweet("2201", "keys_kim", "@DemoAir my bag is in Frankfurt, not here");
    openOnlyConversation("keys_kim");
    var keys = new Actions(browser);

    keys.sendKeys("?").perform();
    assertThat(browser.findElement(By.id("shortcuts")).isDisplayed()).isTrue();
    assertThat(textOf(By.id("shortcuts"))).contains("Resolve");
    click(By.cssSelector("#shortcuts button"));

    keys.sendKeys("n").perform();
    assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("note-text");
    browser.switchTo().activeElement().sendKeys("Tracer FRA-12345 opened with the station");
    click(By.cssSelector("#note-form button[type=submit]"));
    waitForText(By.cssSelector("#work .notes"), "Tracer FRA-12345", SECONDS_5);

    click(By.tagName("h1"));
    keys.sendKeys("r").perform();
    assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("reply-text");
    click(By.tagName("h1"));
    keys.sendKeys("e").perform();
    // Resolved, and on to the next: the only conversation, so back to the list, with an Undo.
    waitUpTo(SECONDS_5).until(ExpectedConditions.urlContains("view=all"));
    waitForText(By.id("undo-bar"), "keys_kim", SECONDS_5);
    browser.get(url("/console?view=all"));
    waitForText(By.cssSelector(".empty"), "No conversations here.", SECONDS_5);
  }

  @Test
  void tagsAndRecordLocatorsAreFoundBySearch() {
    tweet("2301", "search_sue", "@DemoAir refund for booking Q4ZR8M please");
    openOnlyConversation("search_sue");
    browser.findElement(By.id("tag-input")).sendKeys("Refund Desk");
    click(By.cssSelector("#tag-form button[type=submit]"));
    waitForText(By.cssSelector("#work .tags"), "#refund-desk", SECONDS_5);

    browser.get(url("/console/search?q=%23refund-desk"));
    assertThat(textOf(By.cssSelector(".search-results"))).contains("search_sue");
    browser.findElement(By.id("search-q")).clear();
    browser.findElement(By.id("search-q")).sendKeys("Q4ZR8M\n");
    waitForText(By.cssSelector(".search-results"), "refund for booking Q4ZR8M", SECONDS_5);
  }

  @Test
  void aTriageCorrectionIsOneChoiceAndBecomesATrainingLabel() {
    tweet("2401", "praise_pia", "@DemoAir crew on DA88 were lovely, thank you");
    openOnlyConversation("praise_pia");

    // Triage took it for praise about nothing in particular: the agent says it is about the crew.
    new Select(browser.findElement(By.cssSelector(".triage-correction select[name=intent]")))
        .selectByValue("crew");

    waitForText(By.cssSelector(".correction-saved"), "training label", SECONDS_5);
    var labels = api.get("/api/v1/triage/corrections", workspace.token()).body();
    assertThat(labels).contains("crew on DA88 were lovely", ",crew,");
  }

  @Test
  void slaCountdownsTurnAmberAtTheWarningTimeThenRedWithoutAReload() {
    tweet("2501", "clock_cleo", "@DemoAir my flight leaves in an hour and I have no seat");
    signIn();
    waitForText(By.cssSelector("ol.conversations"), "clock_cleo", SECONDS_5);
    // The SLA module started the first-response clock: the row counts down from its due time.
    var countdown =
        waitUpTo(SECONDS_5)
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sla .countdown")));
    assertThat(browser.findElement(By.cssSelector(".sla")).getDomAttribute("class"))
        .contains("sla-ok");
    browser.executeScript("window.purserTestMarker = 'same page';");

    // The browser keeps counting: move the deadline as time would, and watch the colours.
    var now = Instant.now();
    browser.executeScript(
        "arguments[0].setAttribute('datetime', arguments[1]);"
            + " arguments[0].dataset.warnAt = arguments[2];",
        countdown,
        now.plusSeconds(90).toString(),
        now.minusSeconds(10).toString());
    waitUpTo(SECONDS_5)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sla.sla-warning")));
    browser.executeScript(
        "arguments[0].setAttribute('datetime', arguments[1]);",
        browser.findElement(By.cssSelector(".sla .countdown")),
        now.minusSeconds(30).toString());
    waitUpTo(SECONDS_5)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sla.sla-breached")));
    // Past due: a duration, "due now" for the first minute, never "−0:30".
    assertThat(textOf(By.cssSelector(".sla .countdown"))).isEqualTo("due now");
    assertThat(browser.executeScript("return window.purserTestMarker;")).isEqualTo("same page");
  }

  @Test
  void aSupervisorSeesAgentsAndTheWaitingQueueAndReassigns() {
    tweet("2601", "waiting_walt", "@DemoAir still waiting for my refund");
    signIn();
    select(By.id("presence"), "busy");
    waitUpTo(SECONDS_5)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("select.presence-busy")));
    var boss = "lead-" + workspace.slug();
    createUser(boss, Role.SUPERVISOR, "Sam Supervisor", "SS");
    forgetSession();
    username = boss;
    signIn();

    click(By.id("nav-supervisor"));
    waitForText(By.cssSelector("table.agents"), "Ana Agent", SECONDS_5);
    assertThat(textOf(By.cssSelector("table.agents"))).contains("Busy");
    assertThat(textOf(By.cssSelector(".waiting-list"))).contains("waiting_walt");
    assertThat(textOf(By.cssSelector(".depth"))).contains("One conversation");

    click(By.cssSelector(".waiting-list .row-link"));
    waitForText(By.cssSelector("#work"), "Nobody", SECONDS_5);
    new Select(browser.findElement(By.id("reassign-agent")))
        .selectByVisibleText(
            browser.findElements(By.cssSelector("#reassign-agent option")).stream()
                .filter(o -> o.getText().startsWith("Ana Agent"))
                .findFirst()
                .orElseThrow()
                .getText());
    click(By.cssSelector(".reassign button[type=submit]"));
    waitForText(By.id("owner-line"), "Ana Agent is working on it.", SECONDS_5);
  }

  private void openOnlyConversation(String handle) {
    signIn();
    waitForText(By.cssSelector("ol.conversations"), handle, SECONDS_5);
    click(By.cssSelector(".row-link"));
    waitForText(By.cssSelector("ol.timeline"), "@DemoAir", SECONDS_5);
  }
}
