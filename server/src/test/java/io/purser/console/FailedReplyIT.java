package io.purser.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.purser.testing.NetworkStandIn.xDirectMessageSent;
import static io.purser.testing.NetworkStandIn.xDirectMessagesTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.testing.Payloads;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A reply X refuses after the agent resolved the conversation is not buried: the conversation opens
 * again in the agent's queue, the reply says why in words (X's error a click away), and Retry sends
 * the same reply once more through the outbox when X accepts it.
 */
class FailedReplyIT extends BrowserTest {

  private static final By OUR_REPLY = By.cssSelector(".message.outbound");
  private static final Duration SECONDS_30 = Duration.ofSeconds(30);

  @Test
  void aRefusedReplyReopensTheConversationSaysWhyAndRetryDeliversItOnce() {
    var customer = digits();
    var dmPath = xDirectMessagesTo(customer);
    var question = digits();
    // X is down when the agent answers: the outbox keeps the reply queued and, as X's Retry-After
    // asks, tries again only 45 s later. By then the agent has resolved the conversation and X
    // refuses the DM. (Waiting out the outbox's own back-off instead measured the machine's load:
    // the longer the UI steps took, the further away the next attempt was.)
    networks.stubFor(
        post(urlEqualTo(dmPath))
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "45")));
    var delivered =
        api.deliverX(
            Payloads.xDirectMessage(
                xAccountId,
                question,
                customer,
                xAccountId,
                "Can you send me the new times for MLI->DEN?",
                Instant.now()));
    assertThat(delivered.status()).isEqualTo(200);
    signIn();
    select(By.id("presence"), "available");
    var name = "User " + customer;
    waitForText(By.cssSelector("ol.conversations"), name, Duration.ofSeconds(5));
    click(By.cssSelector(".row-link"));
    waitForText(By.cssSelector("ol.timeline"), "MLI->DEN", Duration.ofSeconds(5));
    if (!textOf(By.id("owner-line")).contains("You are working on it.")) {
      click(By.id("take-over"));
    }
    waitForText(By.id("owner-line"), "You are working on it.", Duration.ofSeconds(5));

    browser.findElement(By.id("reply-text")).sendKeys("The 18:05 leaves MLI at gate 4");
    browser.findElement(By.id("reply-text")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
    waitForText(OUR_REPLY, "The 18:05", Duration.ofSeconds(5));
    waitForText(OUR_REPLY, "X answered 503", SECONDS_30);
    networks.stubFor(
        post(urlEqualTo(dmPath))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(
                        "{\"title\":\"Forbidden\",\"type\":\"about:blank\",\"status\":403,"
                            + "\"detail\":\"You cannot send messages to this user.\"}")));
    click(By.id("set-resolved"));
    waitForText(By.cssSelector("#live .conversation-header .status"), "Resolved", SECONDS_30);

    // The refusal is recorded first (the attempt comes about 45 s after the first one); then the
    // page, loaded again, shows it. CI saw the page still say "Queued" after two minutes, without
    // telling whether the outbox or the live update was late: now each is checked on its own.
    long conversation = brand.message(question).get("conversationId").asLong();
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () ->
                assertThat(brand.messages(conversation))
                    .as("the reply's delivery, as the outbox recorded it")
                    .anySatisfy(
                        m -> assertThat(m.path("deliveryStatus").asString()).isEqualTo("failed")));
    browser.navigate().refresh();
    waitForText(
        OUR_REPLY, "X refused it: the customer no longer accepts direct messages.", SECONDS_30);
    waitForText(By.cssSelector("#live .conversation-header .status"), "Open", SECONDS_30);
    assertThat(textOf(By.cssSelector(".delivery-detail summary"))).isEqualTo("Technical detail");
    assertThat(textOf(OUR_REPLY)).doesNotContain("You cannot send messages to this user.");
    click(By.cssSelector(".delivery-detail summary"));
    assertThat(textOf(By.cssSelector(".delivery-detail code")))
        .contains("You cannot send messages to this user.");

    // Back in the agent's own queue.
    browser.get(url("/console?view=mine"));
    waitForText(By.cssSelector("ol.conversations"), name, SECONDS_30);

    // X accepts DMs again: Retry sends the same reply, once.
    networks.stubFor(
        post(urlEqualTo(dmPath)).willReturn(xDirectMessageSent(customer, xAccountId, digits())));
    click(By.cssSelector(".row-link"));
    waitForText(OUR_REPLY, "X refused it", Duration.ofSeconds(5));
    int postsBefore = networks.findAll(postRequestedFor(urlEqualTo(dmPath))).size();
    click(By.cssSelector(".retry-reply"));

    waitForText(OUR_REPLY, "Sent", SECONDS_30);
    assertThat(browser.findElements(By.cssSelector(".retry-reply"))).isEmpty();
    assertThat(textOf(OUR_REPLY)).doesNotContain("X refused it");
    networks.verify(postsBefore + 1, postRequestedFor(urlEqualTo(dmPath)));
    assertThat(browser.findElements(OUR_REPLY)).hasSize(1);
  }
}
