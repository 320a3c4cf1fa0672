package io.purser.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.purser.testing.NetworkStandIn.png;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import io.purser.testing.Payloads;
import io.purser.testing.Screenshots;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Customers' images through the real webhook: kept from the network once, served back only as the
 * image they are, read by OCR for the flights they show; and every way a download goes wrong ends
 * in a clear state on the attachment, with the message itself never held up or lost.
 */
class MediaIT extends BrandIntegrationTest {

  @Test
  void aScreenshotSentByDirectMessageIsKeptShownAndItsFlightRead() throws Exception {
    Screenshots.requireOcr();
    var png =
        Screenshots.flightCard(
            "Select your return flight", "PX 2044   JFK - CDG", "Thu 24 Dec 2026   18:40 - 07:55");
    Screenshots.keep(png, "media-flight-card.png");
    var path = "/media/" + Ids.random() + ".png";
    servePng(path, png);

    long conversation = dmWithPhoto("This is the one I want, conf K7M2QX", path);
    var media = awaitProcessed(conversation);

    assertThat(media.path("status").asString()).isEqualTo("stored");
    assertThat(media.path("contentType").asString()).isEqualTo("image/png");
    assertThat(media.path("ocrStatus").asString()).isEqualTo("done");
    assertThat(media.path("text").asString()).contains("PX 2044");
    var flight = media.path("flights").get(0);
    assertThat(flight.path("number").asString()).isEqualTo("PX2044");
    assertThat(flight.path("date").asString()).isEqualTo("2026-12-24");
    assertThat(flight.path("departure").asString()).isEqualTo("18:40:00");
    assertThat(flight.path("origin").asString()).isEqualTo("JFK");
    assertThat(flight.path("destination").asString()).isEqualTo("CDG");
    networks.verify(
        getRequestedFor(urlEqualTo(path))
            .withHeader("Authorization", equalTo("Bearer tok-" + account)));

    var content =
        bytes("/api/v1/attachments/" + media.path("id").asLong() + "/content", ws.token());
    assertThat(content.statusCode()).isEqualTo(200);
    assertThat(content.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(content.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(content.body()).isEqualTo(png);

    var other = api.newWorkspace();
    assertThat(
            bytes("/api/v1/attachments/" + media.path("id").asLong() + "/content", other.token())
                .statusCode())
        .as("another brand never sees it")
        .isEqualTo(404);
  }

  @Test
  void anotherWorkspaceCannotEvenListAConversationsAttachments() {
    long conversation = dmWithPhoto("my boarding pass", "/media/" + Ids.random() + ".png");
    await().atMost(Duration.ofSeconds(10)).until(() -> attachments(conversation).size() == 1);

    var other = api.newWorkspace();
    var listed = api.get("/api/v1/conversations/" + conversation + "/attachments", other.token());
    assertThat(listed.status())
        .as("not an empty list, which would say the id exists")
        .isEqualTo(404);
    assertThat(listed.body()).doesNotContain("boarding");
    assertThat(attachments(conversation)).as("the owner still sees it").hasSize(1);
  }

  @Test
  void aFileDressedAsAnImageIsNotKeptAndNeverServed() {
    var path = "/media/" + Ids.random() + ".png";
    servePng(path, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

    var media = awaitProcessed(dmWithPhoto("see attached", path));

    assertThat(media.path("status").asString()).isEqualTo("skipped");
    assertThat(media.path("problem").asString()).contains("not an image");
    assertThat(
            api.get("/api/v1/attachments/" + media.path("id").asLong() + "/content", ws.token())
                .status())
        .isEqualTo(404);
  }

  @Test
  void anImageOverTheLimitIsSkippedWithItsSizeAndTheMessageIsKept() {
    var path = "/media/" + Ids.random() + ".png";
    servePng(path, new byte[1_200_000]);

    long conversation = dmWithPhoto("huge screenshot", path);
    var media = awaitProcessed(conversation);

    assertThat(media.path("status").asString()).isEqualTo("skipped");
    assertThat(media.path("problem").asString()).contains("larger than the 976 KiB kept");
    assertThat(
            api.get("/api/v1/conversations/" + conversation + "/messages", ws.token())
                .json()
                .path("items"))
        .hasSize(1);
  }

  @Test
  void aServerErrorIsTriedAgainAndTheImageKeptWhenTheNetworkRecovers() {
    var path = "/media/" + Ids.random() + ".png";
    var png = Screenshots.flightCard("Boarding pass");
    networks.stubFor(
        get(urlEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
    networks.stubFor(
        get(urlEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs("recovered")
            .willReturn(png(png)));

    long conversation = dmWithPhoto("my boarding pass", path);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(attachments(conversation).get(0).path("status").asString())
                    .isEqualTo("stored"));
    networks.verify(2, getRequestedFor(urlEqualTo(path)));
  }

  @Test
  void anAddressOutsideTheNetworksIsNeverFetched() {
    long conversation = dmWithPhoto("look", "http://169.254.169.254/latest/meta-data/");

    var media = awaitProcessed(conversation);

    assertThat(media.path("status").asString()).isEqualTo("skipped");
    assertThat(media.path("problem").asString())
        .isEqualTo("host not allowed for attachments: 169.254.169.254");
  }

  @Test
  void theXTokenNeverGoesToAnotherHostNorFollowsARedirectThere() {
    var elsewhere = "/media/" + Ids.random() + ".png";
    var moved = "/media/" + Ids.random() + ".png";
    var png = Screenshots.flightCard("Receipt");
    servePng(elsewhere, png);
    // Token hosts in the tests: localhost only; 127.0.0.1 is the same server under another name.
    var otherHost = "http://127.0.0.1:" + networks.port();
    networks.stubFor(
        get(urlEqualTo(moved))
            .willReturn(aResponse().withStatus(302).withHeader("Location", otherHost + elsewhere)));

    awaitProcessed(dmWithPhoto("on another host", otherHost + elsewhere));
    awaitProcessed(dmWithPhoto("moved elsewhere", moved));

    networks.verify(
        getRequestedFor(urlEqualTo(moved))
            .withHeader("Authorization", equalTo("Bearer tok-" + account)));
    networks.verify(
        2, getRequestedFor(urlEqualTo(elsewhere)).withHeader("Authorization", absent()));
  }

  @Test
  void aRedeliveredMessageAddsItsAttachmentOnce() {
    var path = "/media/" + Ids.random() + ".png";
    servePng(path, Screenshots.flightCard("Receipt"));
    var customer = Ids.random();
    var dmId = Ids.random();
    var body =
        Payloads.xDirectMessageWithPhoto(
            account, dmId, customer, account, "receipt", networks.baseUrl() + path, Instant.now());

    assertThat(api.deliverX(body).status()).isEqualTo(200);
    assertThat(api.deliverX(body).status()).isEqualTo(200);
    long conversation = conversationOf(dmId);
    awaitProcessed(conversation);

    assertThat(attachments(conversation)).hasSize(1);
    networks.verify(1, getRequestedFor(urlEqualTo(path)));
  }

  private void servePng(String path, byte[] body) {
    networks.stubFor(get(urlEqualTo(path)).willReturn(png(body)));
  }

  private long dmWithPhoto(String text, String pathOrUrl) {
    var url = pathOrUrl.startsWith("http") ? pathOrUrl : networks.baseUrl() + pathOrUrl;
    return brand.directMessageWithPhoto(text, url);
  }

  private long conversationOf(String dmId) {
    return brand.conversationOf(dmId);
  }

  private JsonNode attachments(long conversation) {
    return brand.attachments(conversation);
  }

  private JsonNode awaitProcessed(long conversation) {
    return brand.awaitAttachment(conversation, Duration.ofSeconds(30), s -> !"pending".equals(s));
  }

  private HttpResponse<byte[]> bytes(String path, String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
