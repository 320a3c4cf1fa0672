package io.purser.console;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.purser.testing.NetworkStandIn.xPostCreated;
import static io.purser.testing.NetworkStandIn.xPosts;
import static java.time.Instant.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.testing.Payloads;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** One conversation in a real browser: replying, live updates while typing, isolation. */
class ConversationPageIT extends BrowserTest {

  static final By TIMELINE = By.cssSelector("ol.timeline");
  static final By REPLY = By.id("reply-text");
  static final By STATUS = By.cssSelector(".conversation-header .status");
  static final Duration SECONDS_5 = Duration.ofSeconds(5);

  @Test
  void aReplySentWithCtrlEnterReachesTheXApiAndShowsItsDeliveryStatus() {
    var tweetId = tweet("1101", "late_luc", "@DemoAir is flight DA123 on time?");
    var postId = digits();
    // A marker of letters: 10 to 13 digits in a public reply read as a ticket or phone number.
    var marker = Long.toString(Long.parseLong(postId), 26).replaceAll("[0-9]", "x");
    var typed = "Hi Luc, DA123 leaves on time from gate 12. Ref " + marker;
    // The agent's signature is appended in the brand's style.
    var reply = typed + " ^AA";
    networks.stubFor(xPosts().withRequestBody(containing(marker)).willReturn(xPostCreated(postId)));
    openOnlyConversation("late_luc");
    assertThat(browser.findElement(By.cssSelector("input[value=public]")).isSelected()).isTrue();
    assertThat(textOf(By.cssSelector(".counter-limit"))).isEqualTo("280");

    var box = browser.findElement(REPLY);
    box.sendKeys(typed);
    assertThat(textOf(By.cssSelector(".counter-count"))).isEqualTo(String.valueOf(reply.length()));
    box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

    waitForText(By.cssSelector(".message.outbound"), "Sent", Duration.ofSeconds(10));
    assertThat(textOf(By.cssSelector(".message.outbound"))).contains(reply, "Our reply", "Public");
    networks.verify(
        postRequestedFor(urlEqualTo("/2/tweets"))
            .withRequestBody(
                equalToJson(
                    "{\"text\":\"%s\",\"reply\":{\"in_reply_to_tweet_id\":\"%s\"}}"
                        .formatted(reply, tweetId))));
    assertThat(browser.findElement(REPLY).getDomProperty("value")).isEmpty();
  }

  @Test
  void aReplyTooLongForXIsRefusedInlineAndKeptForEditing() {
    tweet("1201", "wordy_wanda", "@DemoAir tell me everything about your baggage rules");
    openOnlyConversation("wordy_wanda");
    var tooLong = "Our baggage rules, in full: ".repeat(12);

    browser.findElement(REPLY).sendKeys(tooLong);
    assertThat(browser.findElement(By.cssSelector(".counter-over")).isDisplayed()).isTrue();
    click(By.cssSelector("#reply-form button[type=submit]"));

    var refusal = waitForText(By.cssSelector("#reply-form [role=alert]"), "Not sent", SECONDS_5);
    assertThat(refusal.getText()).contains("280");
    assertThat(browser.findElement(REPLY).getDomProperty("value")).isEqualTo(tooLong);
  }

  @Test
  void aNewCustomerMessageAppearsWhileTheAgentTypesWithoutTouchingTheDraft() {
    tweet("1301", "patient_paul", "@DemoAir my bag did not arrive in Nice");
    openOnlyConversation("patient_paul");
    WebElement box = browser.findElement(REPLY);
    box.sendKeys("Sorry Paul, let me check the baggage tracer");

    tweet("1301", "patient_paul", "@DemoAir tag number NCE12345, it is a red suitcase");

    // Live within seconds (2 on a quiet machine; CI's two test JVMs on two cores took longer).
    waitForText(TIMELINE, "red suitcase", Duration.ofSeconds(15));
    assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("reply-text");
    box.sendKeys(" now.");
    assertThat(browser.findElement(REPLY).getDomProperty("value"))
        .isEqualTo("Sorry Paul, let me check the baggage tracer now.");
  }

  @Test
  void settingPendingAndResolvedChangesTheStatusOnThePage() {
    tweet("1401", "resolved_rita", "@DemoAir thanks, all good now");
    openOnlyConversation("resolved_rita");

    click(By.id("set-pending"));
    waitForText(STATUS, "Pending", SECONDS_5);
    click(By.id("set-resolved"));
    waitForText(STATUS, "Resolved", SECONDS_5);

    browser.get(url("/console/search?q=%40resolved_rita"));
    assertThat(textOf(By.cssSelector("ol.search-results"))).contains("resolved_rita", "Resolved");
  }

  /**
   * News that comes while the page is still loading the previous news must show too. htmx queues
   * that second load on the element, then drops it when the first answer replaces the element; the
   * page showed the older state until something else changed.
   */
  @Test
  void aChangeMadeWhileTheTimelineIsLoadingStillShows() {
    openNotPending("1402", "busy_bea");

    // The next load is answered at once (with the status as it is now), but the page hears the
    // answer 2 s later, so the change below arrives while that load is still under way.
    runScript(
        """
            var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.open = function (method, url) {
              this.slow = method === 'GET' && /\\/live$/.test(url) && !window.slowOnce;
              if (this.slow) { window.slowOnce = true; }
              return open.apply(this, arguments);
            };
            XMLHttpRequest.prototype.send = function () {
              if (this.slow) {
                var heard = this.onload, xhr = this;
                this.onload = function () {
                  setTimeout(function () { heard.call(xhr); window.slowHeard = true; }, 2000);
                };
              }
              return send.apply(this, arguments);
            };
            document.body.dispatchEvent(new CustomEvent('purser:refresh'));
            """);
    var changed = api.setStatus(conversationIdOf("busy_bea"), workspace.token(), "pending");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);

    awaitPendingAfter("slowHeard");
  }

  /**
   * A button that a live update has just put on the page works at once. htmx wired up swapped-in
   * content only when it settled, 20 ms later: a click in between did nothing (CI clicked Resolve
   * right after the status turned Pending and the page stayed Pending).
   */
  @Test
  void aButtonClickedRightAfterALiveUpdateWorks() {
    openNotPending("1404", "quick_quinn");

    runScript(
        """
            document.addEventListener('htmx:afterSwap', function swapped(event) {
              if (event.target.id !== 'live') { return; }
              document.removeEventListener('htmx:afterSwap', swapped);
              setTimeout(function () {
                document.getElementById('set-pending').click();
                window.clickedRightAfter = true;
              }, 0);
            });
            document.body.dispatchEvent(new CustomEvent('purser:refresh'));
            """);
    awaitPendingAfter("clickedRightAfter");
  }

  /**
   * An action whose request fails must say so: before, the page stayed as it was and the agent
   * believed the conversation had moved. The next action that works takes the notice away.
   */
  @Test
  void anActionThatFailsSaysSoAndTheNextOneThatWorksClearsIt() {
    tweet("1403", "failing_fay", "@DemoAir where is my refund");
    openOnlyConversation("failing_fay");
    var before = textOf(STATUS);
    var notice = By.cssSelector(".request-failed");
    assertThat(browser.findElement(notice).isDisplayed()).isFalse();

    // A status the console does not offer: the server refuses it (404), which Chromium and htmx
    // both log as errors: the refusal this test provokes.
    expectConsoleError("status of 404");
    expectConsoleError("Response Status Error Code 404");
    runScript(
        "htmx.ajax('POST', '/console/conversations/' + document.body.dataset.conversation"
            + " + '/status', {target: '#live', swap: 'outerHTML', values: {status: 'gone'}})");
    waitForText(notice, "did not go through", SECONDS_5);
    assertThat(textOf(notice)).contains("HTTP 404");
    assertThat(browser.findElement(notice).getDomAttribute("role")).isEqualTo("alert");
    assertThat(textOf(STATUS)).isEqualTo(before);

    click(By.id("set-pending"));
    waitForText(STATUS, "Pending", SECONDS_5);
    waitUpTo(SECONDS_5).until(driver -> !driver.findElement(notice).isDisplayed());
  }

  @Test
  void theCustomerPanelListsTheCustomersOtherConversationsAndOpensThem() {
    tweet("1601", "again_anna", "@DemoAir my bag is lost in Lisbon");
    openOnlyConversation("again_anna");
    assertThat(textOf(By.cssSelector(".customer-panel")))
        .contains("This is their first conversation.");
    var first = conversationIdOf("again_anna");
    // Closed: the customer's next message starts a new conversation.
    for (var status : new String[] {"resolved", "closed"}) {
      var changed = api.setStatus(first, workspace.token(), status);
      assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }
    tweet("1601", "again_anna", "@DemoAir now my flight is cancelled");
    var second =
        await().atMost(SECONDS_5).until(() -> conversationIdOf("again_anna"), id -> id != first);

    browser.get(url("/console/conversations/" + second));
    var others = By.cssSelector(".customer-panel .other-conversations");
    assertThat(textOf(others)).contains("Closed", "my bag is lost in Lisbon");
    assertThat(textOf(others)).doesNotContain("cancelled");
    click(By.cssSelector(".other-conversations a"));
    waitForText(TIMELINE, "my bag is lost in Lisbon", SECONDS_5);
    assertThat(browser.getCurrentUrl()).endsWith("/console/conversations/" + first);
    assertThat(textOf(others)).contains("my flight is cancelled");
  }

  /** The customer's newest conversation, by their handle. */
  private long conversationIdOf(String handle) {
    var items = api.get("/api/v1/conversations", workspace.token()).json().get("items");
    for (var item : items) {
      if (item.toString().contains(handle)) {
        return item.get("id").asLong();
      }
    }
    throw new AssertionError("no conversation of " + handle + " in " + items);
  }

  @Test
  void anotherWorkspacesConversationIsNotFound() {
    var other = api.newWorkspace();
    var otherAccount = digits();
    api.registerAccount(other, "x", otherAccount);
    api.deliverX(
        Payloads.xTweet(otherAccount, digits(), "1501", "elsewhere", "@Other hello", null, now()));
    var conversations = "/api/v1/conversations";
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> api.get(conversations, other.token()).json().get("items").size() == 1);
    var id = api.get(conversations, other.token()).json().get("items").get(0).get("id").asLong();

    signIn();
    // Chromium logs the page's own 404 as a console error: the status this test asks for.
    expectConsoleError("status of 404");
    browser.get(url("/console/conversations/" + id));

    assertThat(textOf(By.tagName("h1"))).isEqualTo("This conversation does not exist");
    assertThat(browser.getPageSource()).doesNotContain("elsewhere", "@Other hello");
  }

  private void openOnlyConversation(String handle) {
    signIn();
    waitForText(By.cssSelector("ol.conversations"), handle, SECONDS_5);
    click(By.cssSelector(".row-link"));
    waitForText(TIMELINE, "@DemoAir", SECONDS_5);
  }

  /** A customer's delayed flight, opened: its status is not Pending yet. */
  private void openNotPending(String customerId, String handle) {
    tweet(customerId, handle, "@DemoAir my flight is delayed");
    openOnlyConversation(handle);
    assertThat(textOf(STATUS)).isNotEqualTo("Pending");
  }

  /** Once the page's script has set {@code window.<flag>}, the status turns Pending. */
  private void awaitPendingAfter(String flag) {
    waitForFlag(flag, SECONDS_5);
    waitForText(STATUS, "Pending", SECONDS_5);
  }
}
