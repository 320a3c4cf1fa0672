package io.purser.channels.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import io.purser.testing.Payloads;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A customer posts personal data in a public comment on the brand's page: it is flagged by triage,
 * and one request hides it through the Graph API with the page's token. The network's refusal is
 * reported, not swallowed; a tweet or a private message cannot be "hidden" and says so.
 */
class CommentHidingIT extends BrandIntegrationTest {

  private String page;

  @BeforeEach
  void facebookPage() {
    page = brand.register("facebook");
  }

  @Test
  void aCommentWithPersonalDataIsHiddenOnThePageWithOneRequest() {
    var comment = page + "_" + Ids.random();
    networks.stubFor(
        post(urlEqualTo("/v21.0/" + comment))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"success\":true}")));
    var message = comment("my booking is K7M2QX and my email is alex.martin@example.com", comment);
    assertThat(message.path("triage").path("personalData").size()).isEqualTo(2);

    var hide =
        api.post("/api/v1/messages/" + message.path("id").asLong() + "/hide", ws.token(), "");

    assertThat(hide.status()).isEqualTo(202);
    networks.verify(
        postRequestedFor(urlEqualTo("/v21.0/" + comment))
            .withHeader("Authorization", equalTo("Bearer tok-" + page))
            .withRequestBody(equalToJson("{\"is_hidden\":true}")));
    long conversation = message.path("conversationId").asLong();
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> assertThat(stored(message).path("removal").asString()).isEqualTo("hidden"));
    assertThat(
            api.post("/api/v1/messages/" + message.path("id").asLong() + "/hide", ws.token(), "")
                .status())
        .as("hidden already: nothing more to do")
        .isEqualTo(409);
    assertThat(conversation).isPositive();
  }

  @Test
  void theNetworksRefusalIsReportedAndTheCommentStaysAsItWas() {
    var comment = page + "_" + Ids.random();
    networks.stubFor(
        post(urlEqualTo("/v21.0/" + comment))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"message\":\"(#10) Permission denied\",\"type\":\"OAuthException\",\"code\":10}}")));
    var message = comment("card 4111 1111 1111 1111 please refund", comment);

    assertThat(
            api.post("/api/v1/messages/" + message.path("id").asLong() + "/hide", ws.token(), "")
                .status())
        .isEqualTo(202);

    assertThat(
            stored(message).path("removal").isNull()
                || stored(message).path("removal").isMissingNode())
        .isTrue();
    var notes =
        api.get(
            "/api/v1/conversations/" + message.path("conversationId").asLong() + "/notes",
            ws.token());
    assertThat(notes.body()).contains("did not hide the comment").contains("Permission denied");
  }

  @Test
  void aPrivateMessageOrAnotherWorkspacesCommentCannotBeHidden() {
    var dm = Ids.random();
    brand.deliverMeta(
        Payloads.messengerText(page, Ids.random(), dm, "my email is a@b.example", Instant.now()));
    var found = brand.message("facebook", dm);

    assertThat(
            api.post("/api/v1/messages/" + found.path("id").asLong() + "/hide", ws.token(), "")
                .status())
        .isEqualTo(409);
    var other = api.newWorkspace();
    assertThat(
            api.post("/api/v1/messages/" + found.path("id").asLong() + "/hide", other.token(), "")
                .status())
        .isEqualTo(404);
  }

  private JsonNode comment(String text, String commentId) {
    var root = JsonNodeFactory.instance.objectNode();
    root.put("object", "page");
    var entry = root.putArray("entry").addObject();
    entry.put("id", page);
    entry.put("time", Instant.now().getEpochSecond());
    var value = entry.putArray("changes").addObject().put("field", "feed").putObject("value");
    value.put("item", "comment");
    value.put("verb", "add");
    value.put("comment_id", commentId);
    value.put("post_id", page + "_1");
    value.put("parent_id", page + "_1");
    value.putObject("from").put("id", Ids.random()).put("name", "Alex Martin");
    value.put("created_time", Instant.now().getEpochSecond());
    value.put("message", text);
    brand.deliverMeta(root.toString().getBytes(StandardCharsets.UTF_8));
    return brand.message("facebook", commentId);
  }

  private JsonNode stored(JsonNode message) {
    return byExternalId("facebook", message.path("externalId").asString());
  }

  private JsonNode byExternalId(String network, String externalId) {
    return brand.find(network, externalId).path(0);
  }
}
