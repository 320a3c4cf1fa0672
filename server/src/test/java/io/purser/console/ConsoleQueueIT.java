package io.purser.console;

import static java.time.Instant.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.testing.Payloads;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The conversation list in a real browser: live arrivals, keyboard, untrusted text, French. */
class ConsoleQueueIT extends BrowserTest {

  static final By LIST = By.cssSelector("ol.conversations");

  @Test
  void aTweetPostedToTheWebhookAppearsInTheListWithoutReload() {
    signIn();
    assertThat(textOf(By.tagName("h1"))).isEqualTo("Conversations");
    // A page reload would drop this marker.
    browser.executeScript("window.purserTestMarker = 'same page';");

    tweet("501", "stranded_sam", "@DemoAir my flight to Lisbon was cancelled, what now?");

    // How fast is for the pipeline bench to measure; this test is about the page updating in
    // place. A 2 s limit here measured CI's load (the first browser test of a JVM starts cold).
    waitForText(LIST, "my flight to Lisbon was cancelled", Duration.ofSeconds(15));
    assertThat(textOf(LIST)).contains("stranded_sam", "X", "Public", "New", "Unassigned");
    assertThat(browser.executeScript("return window.purserTestMarker;")).isEqualTo("same page");
    assertThat(textOf(By.id("view-unassigned"))).contains("1");
    assertThat(textOf(By.id("view-all"))).contains("1");
  }

  @Test
  void jAndKMoveThroughTheListAndEnterOpensTheConversation() {
    // X timestamps have whole seconds and the two customers are processed in parallel, so only
    // distinct times make "most recent first" decide the order.
    tweet("601", "first_customer", "@DemoAir where is my bag?", Instant.now().minusSeconds(60));
    tweet("602", "second_customer", "@DemoAir can I change my seat?", Instant.now());
    signIn();
    // Pipeline workers take customers in parallel: wait until both rows are listed.
    waitForText(LIST, "first_customer", Duration.ofSeconds(5));
    waitForText(LIST, "second_customer", Duration.ofSeconds(5));

    var keys = new Actions(browser);
    keys.sendKeys("j").perform();
    keys.sendKeys("j").perform();
    keys.sendKeys("k").perform();
    var selected = browser.findElement(By.cssSelector(".row-link.selected"));
    // j, j, k: back on the top row, whichever of the two routing ranked higher.
    var top = browser.findElements(By.cssSelector(".row-link")).get(0);
    assertThat(selected.getDomAttribute("id")).isEqualTo(top.getDomAttribute("id"));
    var expected =
        selected.getText().contains("second_customer")
            ? "can I change my seat?"
            : "where is my bag?";

    keys.sendKeys(Keys.ENTER).perform();

    waitUpTo(Duration.ofSeconds(5))
        .until(ExpectedConditions.urlMatches(".*/console/conversations/\\d+$"));
    assertThat(textOf(By.cssSelector(".timeline"))).contains(expected);
  }

  @Test
  void markupInATweetStaysVisibleTextAndNothingRuns() {
    var attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    tweet("701", "mallory", attack);
    signIn();

    var list = waitForText(LIST, "<script>", Duration.ofSeconds(5));
    assertThat(textOf(By.cssSelector(".conversations .preview"))).isEqualTo(attack);
    click(By.cssSelector(".row-link"));
    waitForText(By.cssSelector(".message-text"), "<img", Duration.ofSeconds(5));

    assertThat(textOf(By.cssSelector(".message-text"))).isEqualTo(attack);
    assertThat(browser.findElements(By.cssSelector("img"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("main script"))).isEmpty();
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void oddUnicodeIsShownExactly() {
    var text = "שלום @DemoAir ✈️🧳 zero\u200Bwidth 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 " + "x".repeat(300);
    tweet("801", "unicode_ula", text);
    signIn();
    var list = waitForText(LIST, "unicode_ula", Duration.ofSeconds(5));
    click(By.cssSelector(".row-link"));

    var message = waitForText(By.cssSelector(".message-text"), "שלום", Duration.ofSeconds(5));
    assertThat(message.getDomProperty("textContent")).isEqualTo(text);
    // The unbroken run of 300 letters wraps inside the message instead of widening the page.
    var overflow =
        browser.executeScript("return document.documentElement.scrollWidth > innerWidth;");
    assertThat(overflow).isEqualTo(false);
  }

  @Test
  void theInterfaceSpeaksFrench() {
    browser.get(url("/login?lang=fr"));
    assertThat(textOf(By.tagName("h1"))).isEqualTo("Connexion à Purser");
    assertThat(textOf(By.cssSelector("label[for=password]"))).isEqualTo("Mot de passe");
    assertThat(textOf(By.cssSelector("label[for=workspace]"))).isEqualTo("Espace de travail");
    tweet("901", "client_claire", "@DemoAir mon vol est retardé");

    browser.findElement(By.id("workspace")).sendKeys(workspace.slug());
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
    // Sign-in lands on My queue (empty here); the customer's conversation is under All.
    waitForText(By.id("view-all"), "Toutes", Duration.ofSeconds(10));
    click(By.id("view-all"));

    waitForText(LIST, "client_claire", Duration.ofSeconds(5));
    assertThat(textOf(By.id("view-all"))).contains("Toutes");
    assertThat(textOf(By.id("view-mine"))).contains("Ma file");
    assertThat(textOf(By.cssSelector("label[for=presence]"))).isEqualTo("Présence");
    assertThat(textOf(By.cssSelector(".row-link .status"))).isEqualTo("Nouvelle");
    assertThat(textOf(By.cssSelector(".logout button"))).isEqualTo("Se déconnecter");
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessage() {
    browser.get(url("/login"));
    browser.findElement(By.id("workspace")).sendKeys(workspace.slug());
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys("not the password");
    browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();

    var alert = waitForText(By.cssSelector("[role=alert]"), "wrong", Duration.ofSeconds(5));
    assertThat(alert.getText()).isEqualTo("The user name or password is wrong.");
    assertThat(browser.getCurrentUrl()).contains("/login");
    assertThat(browser.findElement(By.id("workspace")).getDomProperty("value"))
        .as("the workspace typed is kept for the next try")
        .isEqualTo(workspace.slug());
  }

  @Test
  void showsPublicAndPrivateConversationsAndFitsAt200PercentZoom() {
    tweet("1001", "public_pat", "@DemoAir the lounge in Porto is closed");
    var dm =
        Payloads.xDirectMessage(
            xAccountId, digits(), "1002", xAccountId, "My booking is X7K2PQ", now());
    assertThat(api.deliverX(dm).status()).isEqualTo(200);
    signIn();
    waitForText(LIST, "User 1002", Duration.ofSeconds(5));
    waitForText(LIST, "public_pat", Duration.ofSeconds(5));

    var rows = browser.findElements(By.cssSelector(".row-link"));
    assertThat(rows)
        .extracting(WebElement::getText)
        .anySatisfy(t -> assertThat(t).contains("User 1002", "Private"));
    assertThat(rows)
        .extracting(WebElement::getText)
        .anySatisfy(t -> assertThat(t).contains("public_pat", "Public"));
    // 200 % zoom of a 1280 px wide screen leaves 640 CSS pixels: nothing may need sideways
    // scrolling.
    browser.manage().window().setSize(new Dimension(640, 900));
    assertThat(browser.executeScript("return document.documentElement.scrollWidth <= innerWidth;"))
        .isEqualTo(true);
    click(By.xpath("//a[contains(@class, 'row-link')][contains(., 'User 1002')]"));
    waitForText(By.cssSelector("ol.timeline"), "My booking", Duration.ofSeconds(5));
    assertThat(browser.executeScript("return document.documentElement.scrollWidth <= innerWidth;"))
        .isEqualTo(true);
    assertThat(browser.findElement(By.cssSelector("input[value=private]")).isSelected()).isTrue();
  }

  @Test
  void signingOutReturnsToTheLoginPage() {
    signIn();
    click(By.cssSelector(".logout button"));

    waitForText(By.cssSelector("[role=status]"), "signed out", Duration.ofSeconds(5));
    browser.get(url("/console"));
    assertThat(browser.getCurrentUrl()).endsWith("/login");
  }
}
