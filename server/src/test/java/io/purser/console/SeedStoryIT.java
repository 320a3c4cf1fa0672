package io.purser.console;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.purser.testing.NetworkStandIn.png;
import static io.purser.testing.NetworkStandIn.xDirectMessageSent;
import static io.purser.testing.NetworkStandIn.xDirectMessagesTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.airline.StoryBookings;
import io.purser.airline.demo.DemoAirline;
import io.purser.airline.demo.DemoConnections;
import io.purser.testing.Payloads;
import io.purser.testing.Screenshots;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The seed story, end to end, through the real webhook and the real console in Chromium: a
 * traveller whose return flight was moved three hours earlier sends a direct message with his
 * record locator and a screenshot of the flight he found instead. It is triaged as an urgent
 * rebooking and comes first in the queue; the agent opens it, the booking panel offers the flight
 * read from the screenshot first, the change is reviewed and a double click on Confirm rebooks it
 * once with a window seat, the agent picks another window seat on the map, the confirmation e-mail
 * reaches the SMTP server, and the prepared reply reaches X as a direct message — well within the
 * ten-minute first-response target, with every step in the audit trail.
 */
class SeedStoryIT extends BrowserTest {

  private static final Duration SECONDS_10 = Duration.ofSeconds(10);
  private static final Duration SECONDS_30 = Duration.ofSeconds(30);

  @Autowired DemoAirline demo;
  @Autowired DemoConnections demoAirline;

  @Test
  void aScreenshotAndARecordLocatorByDmBecomeARebookedWindowSeatAndAReplyWithinTheSla()
      throws Exception {
    Screenshots.requireOcr();
    var start = Instant.now();
    var locator = StoryBookings.locator();
    var email = locator.toLowerCase(Locale.ROOT) + "@example.com";
    demo.book(locator, "Alex", "Martin", email, demo.storyOutbound(), demo.storyReturn());
    var connected = api.put("/api/v1/airline/connector", workspace.token(), "{\"kind\":\"demo\"}");
    assertThat(connected.status()).as(connected.body()).isEqualTo(200);

    // The flight he found himself: an alternative the airline would not have ranked first.
    var offered = demoAirline.offeredInstead(locator);
    assertThat(offered.size()).as("the moved flight has alternatives").isGreaterThan(1);
    var found = offered.get(offered.size() - 1);
    var number = found.number();
    LocalDateTime departs = found.departure();
    LocalDateTime arrives = found.arrival();
    assertThat(offered.get(0).number()).isNotEqualTo(number);
    var card =
        Screenshots.flightCard(
            "Select your return flight",
            number.substring(0, 2) + " " + number.substring(2) + "   JFK - CDG",
            departs.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH))
                + "   "
                + departs.format(DateTimeFormatter.ofPattern("HH:mm"))
                + " - "
                + arrives.format(DateTimeFormatter.ofPattern("HH:mm")),
            "Economy   1 adult");
    Screenshots.keep(card, "seed-story-customer-screenshot.png");
    var mediaPath = "/media/" + digits() + ".png";
    networks.stubFor(get(urlEqualTo(mediaPath)).willReturn(png(card)));
    var customer = digits();
    var dmPath = xDirectMessagesTo(customer);
    networks.stubFor(
        post(urlEqualTo(dmPath)).willReturn(xDirectMessageSent(customer, xAccountId, digits())));

    // Two ordinary questions were waiting before him.
    tweet(digits(), "curious_cara", "@DemoAir what is the baggage allowance to Lisbon?");
    tweet(digits(), "planning_pete", "@DemoAir do you fly to Porto in the summer?");

    var dmId = digits();
    var text =
        "My return flight JFK-CDG was moved 3 hours earlier and I can't make it. I found this one"
            + " instead, can you rebook me on it? Booking "
            + locator;
    var delivered =
        api.deliverX(
            Payloads.xDirectMessageWithPhoto(
                xAccountId,
                dmId,
                customer,
                xAccountId,
                text,
                networks.baseUrl() + mediaPath,
                Instant.now()));
    assertThat(delivered.status()).isEqualTo(200);

    var message =
        await()
            .atMost(SECONDS_10)
            .until(
                () ->
                    api.get("/api/v1/messages?network=x&externalId=" + dmId, workspace.token())
                        .json()
                        .path("items")
                        .path(0),
                JsonNode::isObject);
    long conversation = message.path("conversationId").asLong();
    assertThat(message.path("triage").path("intent").asString()).isEqualTo("rebooking");
    assertThat(message.path("triage").path("urgency").path("level").asString()).isEqualTo("high");
    await()
        .atMost(SECONDS_30)
        .until(
            () ->
                api.get("/api/v1/conversations/" + conversation + "/attachments", workspace.token())
                    .json()
                    .path("items")
                    .path(0)
                    .path("status")
                    .asString(),
            "stored"::equals);

    // First in the agent's queue.
    signIn();
    var handle = "User " + customer;
    waitForText(By.cssSelector("ol.conversations"), "planning_pete", SECONDS_10);
    waitForText(By.cssSelector("ol.conversations"), handle, SECONDS_10);
    assertThat(textOf(By.cssSelector(".row-link"))).contains(handle);
    click(By.cssSelector(".row-link"));

    // The screenshot is read, its flight comes first; rebooked with another window seat.
    var steps = new StorySteps(browser);
    steps.screenshotFlightIsFirst(number);
    // His X profile does not bear the passenger's name: the agent says how they checked.
    var chosen = steps.rebookWithAnotherWindowSeat(number, "He gave the booking's e-mail address");

    keepScreenshotOf(By.id("booking"), "SeedStoryIT-booking-panel.png");

    // The confirmation e-mail reached the SMTP server, with the new flight.
    await()
        .atMost(SECONDS_30)
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .anyMatch(m -> sentTo(m, email) && body(m).contains(number)));

    // The prepared reply goes out as a DM and reaches X.
    steps.sendPreparedReply(number, chosen, locator);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                StreamSupport.stream(
                        api.get(
                                "/api/v1/conversations/" + conversation + "/messages",
                                workspace.token())
                            .json()
                            .path("items")
                            .spliterator(),
                        false)
                    .anyMatch(m -> "sent".equals(m.path("deliveryStatus").asString())));
    waitForText(By.cssSelector(".message.outbound"), "Sent", SECONDS_30);
    networks.verify(1, postRequestedFor(urlEqualTo(dmPath)).withRequestBody(containing(number)));

    // Within the SLA, and all of it in the audit trail.
    var sla = api.get("/api/v1/conversations/" + conversation + "/sla", workspace.token()).json();
    assertThat(sla.path("metrics").path("firstResponseMet").asBoolean()).isTrue();
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMinutes(10));
    var actions =
        api.get("/api/v1/conversations/" + conversation + "/actions", workspace.token())
            .json()
            .path("items");
    var kinds =
        StreamSupport.stream(actions.spliterator(), false)
            .map(a -> a.path("kind").asString() + ":" + a.path("status").asString())
            .toList();
    assertThat(kinds).containsExactly("rebook:done", "seat:done");
    for (var action : actions) {
      assertThat(action.path("requestedBy").asString()).isEqualTo(username);
      assertThat(action.path("audit").size()).isPositive();
      assertThat(action.path("after").asString()).isNotBlank();
    }
    var booking =
        api.get("/api/v1/conversations/" + conversation + "/bookings/" + locator, workspace.token())
            .json();
    var back = booking.path("segments").get(1);
    assertThat(back.path("flight").path("number").asString()).isEqualTo(number);
    assertThat(back.path("seats").get(0).path("seat").asString()).isEqualTo(chosen);
  }

  /** A picture of one part of the page for people to look at, beside the final screenshot. */
  private void keepScreenshotOf(By what, String name) throws java.io.IOException {
    var element = browser.findElement(what);
    browser.executeScript("arguments[0].scrollIntoView(true);", element);
    var shot = element.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    java.nio.file.Files.createDirectories(SCREENSHOTS);
    java.nio.file.Files.write(SCREENSHOTS.resolve(name), shot);
  }

  private static boolean sentTo(MimeMessage m, String address) {
    try {
      return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
    } catch (Exception e) {
      return false;
    }
  }

  private static String body(MimeMessage m) {
    try {
      return String.valueOf(m.getContent());
    } catch (Exception e) {
      return "";
    }
  }
}
