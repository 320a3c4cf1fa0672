package io.purser.console;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.purser.testing.NetworkStandIn.xPostCreated;
import static io.purser.testing.NetworkStandIn.xPosts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Agent assist on the conversation page, in a real browser: replies suggested from solved
 * conversations (Tab takes the first; what is sent is remembered), the tone check that explains and
 * suggests while the agent types and never stops a reply, and the summary of a long one.
 */
class AgentAssistIT extends BrowserTest {

  @Autowired JdbcTemplate jdbc;

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
  void suggestedRepliesAreOfferedTabTakesTheFirstAndWhatIsSentIsRemembered() {
    tweet("2401", "bagless_bo", "@DemoAir my bag did not arrive in Boston, where is it?");
    networks.stubFor(xPosts().willReturn(xPostCreated(digits())));
    open("bagless_bo");

    var suggestions = By.cssSelector("#suggestions .suggestion-use");
    waitUpTo(Duration.ofSeconds(60))
        .until(ExpectedConditions.numberOfElementsToBeMoreThan(suggestions, 0));
    var first = browser.findElements(suggestions).get(0);
    var suggested = first.getDomAttribute("data-text");
    assertThat(textOf(By.id("suggestions")))
        .as("each says why it was chosen")
        .contains("Like a solved case of the starter corpus");
    assertThat(suggested).as("no source conversation's name or signature").doesNotContain("__cust");
    assertThat(browser.findElements(suggestions))
        .extracting(e -> e.getDomAttribute("data-text"))
        .as("they speak for this brand, never for the airline of the starter corpus")
        .noneMatch(
            text ->
                text.matches(
                    "(?s).*\\b(Delta|American Airlines|British Airways|Southwest|SkyMiles)\\b.*"));

    var box = browser.findElement(REPLY);
    box.click();
    box.sendKeys(Keys.TAB);
    assertThat(box.getDomProperty("value")).as("Tab takes the first").isEqualTo(suggested);
    box.sendKeys(" Thanks, Bo!");
    click(By.cssSelector("#reply-form button[type=submit]"));
    waitForText(By.cssSelector("#reply-form [role=status]"), "queued", SECONDS_10);

    assertThat(
            jdbc.queryForList(
                "select suggested_text, sent_text from assist_choice where workspace_id = ?",
                workspace.id()))
        .as("the choice and what the agent made of it, for this workspace's ranking")
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("suggested_text")).isEqualTo(suggested);
              assertThat(row.get("sent_text")).isEqualTo(suggested + " Thanks, Bo!");
            });
    assertThat(browser.findElements(suggestions))
        .as("nothing to suggest while the customer has not written again")
        .isEmpty();

    // The customer answers once the reply is out (the timeline orders by when each was sent).
    waitForText(By.cssSelector(".message.outbound"), "Sent", SECONDS_10);
    tweet("2401", "bagless_bo", "@DemoAir thanks, can you also check my refund for the lost day?");
    waitForText(By.cssSelector("ol.timeline"), "lost day", SECONDS_10);
    // Suggestions follow the conversation: what the customer wrote since the reply.
    waitUpTo(SECONDS_10).until(ExpectedConditions.numberOfElementsToBeMoreThan(suggestions, 0));
  }

  @Test
  void aConversationHandedOverOpensWithItsSummaryHoweverShort() {
    var tweetId = tweet("2501", "handed_hal", "@DemoAir my refund for DA88 never arrived");
    networks.stubFor(xPosts().willReturn(xPostCreated(digits())));
    var colleague = api.newUser(workspace, "colleague-" + workspace.slug(), "AGENT");
    long conversation =
        api.get("/api/v1/messages?network=x&externalId=" + tweetId, workspace.token())
            .json()
            .path("items")
            .get(0)
            .path("conversationId")
            .asLong();
    var replied =
        api.post(
            "/api/v1/conversations/" + conversation + "/replies",
            colleague.token(),
            "{\"text\":\"Sorry Hal, we are looking into it\",\"takeover\":true}");
    assertThat(replied.status()).as(replied.body()).isEqualTo(202);
    var moved =
        api.postWithHeader(
            "/api/v1/conversations/" + conversation + "/actions/move-private",
            colleague.token(),
            "{}",
            "Idempotency-Key",
            "mp-" + conversation);
    assertThat(moved.status()).as(moved.body()).isEqualTo(201);
    open("handed_hal");

    var summary = waitForText(By.id("summary"), "Summary", SECONDS_10);
    assertThat(summary.getText())
        .as("another person answered before: the summary says where things stand")
        .contains("Wants: Refund", "2 replies sent")
        .as("and what they did with the booking")
        .contains("Done: Moved to private");
  }

  @Test
  void theWorkspacesModelDraftsALabelledReplyThatOnlyTheAgentPutsInTheBox() {
    var path = "/model-" + workspace.slug();
    var drafted = "We're sorry about your bag. We'll check booking [BOOKING_REF] right away.";
    networks.stubFor(
        post(urlEqualTo(path + "/v1/chat/completions"))
            .willReturn(
                okJson(
                    "{\"model\":\"llama-test\",\"choices\":[{\"message\":{\"role\":\"assistant\","
                        + "\"content\":\""
                        + drafted
                        + "\"}}]}")));
    var set =
        api.put(
            "/api/v1/assist/model",
            workspace.token(),
            "{\"enabled\":true,\"baseUrl\":\"%s\",\"model\":\"llama-test\"}"
                .formatted(networks.baseUrl() + path));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    tweet(
        "2601", "dora_d", "@DemoAir my bag is lost, booking QX7PLM, call me on +33 6 12 34 56 78");
    open("dora_d");

    click(By.cssSelector(".model-draft-ask"));
    var draft =
        waitForText(
            By.id("model-draft"), "Draft by the external model llama-test", Duration.ofSeconds(30));
    assertThat(draft.getText())
        .as("labelled as the model's, not sent")
        .contains("not sent", drafted);
    assertThat(browser.findElement(REPLY).getDomProperty("value"))
        .as("a draft goes in the box only when the agent says so")
        .isEmpty();
    click(By.cssSelector("#model-draft .insert-reply"));
    assertThat(browser.findElement(REPLY).getDomProperty("value")).isEqualTo(drafted);
    assertThat(browser.findElements(By.cssSelector(".message.outbound")))
        .as("nothing was sent")
        .isEmpty();
    networks.verify(
        postRequestedFor(urlEqualTo(path + "/v1/chat/completions"))
            .withRequestBody(containing("[BOOKING_REF]"))
            .withRequestBody(containing("Test " + workspace.slug()))
            .withRequestBody(notContaining("QX7PLM"))
            .withRequestBody(notContaining("12 34 56"))
            .withRequestBody(notContaining("dora_d")));
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
