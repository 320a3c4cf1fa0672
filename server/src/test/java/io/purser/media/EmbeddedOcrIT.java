package io.purser.media;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.purser.testing.NetworkStandIn.png;
import static org.assertj.core.api.Assertions.assertThat;

import io.purser.airline.StoryBookings;
import io.purser.airline.demo.DemoAirline;
import io.purser.airline.demo.DemoConnections;
import io.purser.testing.Api;
import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.ConsoleSession;
import io.purser.testing.Ids;
import io.purser.testing.Screenshots;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The seed story's screenshot read by the embedded Tesseract (the jar's own engine, as on a machine
 * without Debian's): the flight on it comes first among the alternatives in the agent's booking
 * panel; and a broken screenshot is kept, marked failed, with its message.
 */
@TestPropertySource(properties = "purser.media.ocr-engine=embedded")
class EmbeddedOcrIT extends BrandIntegrationTest {

  private static final Pattern ALTERNATIVE =
      Pattern.compile("<li class=\"alternative([^\"]*)\"\\s+id=\"alternative-([A-Z0-9]+)-\\d{8}\"");

  @Autowired DemoAirline demo;
  @Autowired DemoConnections demoAirline;

  @Test
  void theFlightOnAlexMartinsScreenshotIsFirstAmongTheAlternatives() {
    Screenshots.requireEmbeddedOcr();
    var locator = StoryBookings.book(demo);
    assertThat(api.put("/api/v1/airline/connector", ws.token(), "{\"kind\":\"demo\"}").status())
        .isEqualTo(200);
    var offered = demoAirline.offeredInstead(locator);
    var found = offered.get(offered.size() - 1);
    var number = found.number();
    assertThat(offered.get(0).number()).as("not first without the screenshot").isNotEqualTo(number);
    var card =
        Screenshots.flightCard(
            "Select your return flight",
            number.substring(0, 2) + " " + number.substring(2) + "   JFK - CDG",
            found.departure().format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH))
                + "   "
                + found.departure().format(DateTimeFormatter.ofPattern("HH:mm"))
                + " - "
                + found.arrival().format(DateTimeFormatter.ofPattern("HH:mm")),
            "Economy   1 adult");
    Screenshots.keep(card, "embedded-ocr-seed-story-screenshot.png");

    long conversation =
        dmWithPhoto(
            "My return flight JFK-CDG was moved 3 hours earlier. I found this one instead, can you"
                + " rebook me on it? Booking "
                + locator,
            card);
    var media = awaitProcessed(conversation);
    assertThat(media.path("ocrStatus").asString()).isEqualTo("done");
    assertThat(media.path("flights").path(0).path("number").asString()).isEqualTo(number);

    brand.agent("agent");
    var console = ConsoleSession.signedIn(port, ws.slug(), "agent-" + ws.slug(), Api.PASSWORD);
    var panel =
        console.get("/console/conversations/" + conversation + "/booking?locator=" + locator);
    assertThat(panel.statusCode()).as(panel.body()).isEqualTo(200);
    var first = ALTERNATIVE.matcher(panel.body());
    assertThat(first.find()).as(panel.body()).isTrue();
    assertThat(first.group(2)).isEqualTo(number);
    assertThat(first.group(1)).contains("is-shown");
    assertThat(first.find()).as("other alternatives follow").isTrue();
  }

  @Test
  void aBrokenScreenshotIsKeptWithItsReadingFailedAndItsMessage() {
    Screenshots.requireEmbeddedOcr();
    var broken = new byte[4096];
    System.arraycopy(Screenshots.flightCard("Boarding pass"), 0, broken, 0, 100);

    long conversation = dmWithPhoto("my boarding pass, conf K7M2QX", broken);
    var media = awaitProcessed(conversation);

    assertThat(media.path("status").asString()).isEqualTo("stored");
    assertThat(media.path("ocrStatus").asString()).isEqualTo("failed");
    assertThat(brand.messages(conversation)).hasSize(1);
    assertThat(brand.messages(conversation).get(0).path("text").asString())
        .isEqualTo("my boarding pass, conf K7M2QX");
  }

  private long dmWithPhoto(String text, byte[] image) {
    var path = "/media/" + Ids.random() + ".png";
    networks.stubFor(get(urlEqualTo(path)).willReturn(png(image)));
    return brand.directMessageWithPhoto(text, networks.baseUrl() + path);
  }

  private JsonNode awaitProcessed(long conversation) {
    return brand.awaitAttachment(conversation, Duration.ofSeconds(60), s -> !"pending".equals(s));
  }
}
