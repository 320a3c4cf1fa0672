package io.purser.channels.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.purser.channels.x.XApiStandIn.TOKEN;
import static io.purser.channels.x.XApiStandIn.directMessage;
import static io.purser.channels.x.XApiStandIn.fixture;
import static io.purser.channels.x.XApiStandIn.replyPost;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.purser.reply.SendResult;
import io.purser.workspace.Network;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/** What the X sender puts on the wire, and the ids it reads back. */
class XApiSenderTest {

  @RegisterExtension final XApiStandIn x = new XApiStandIn();

  @Test
  void postsPublicReplyAsDocumentedAndReturnsThePostId() {
    x.server.stubFor(
        post("/2/tweets").willReturn(jsonAnswer(201, fixture("x_v2_post_create_response.json"))));

    SendResult result = x.sender().send(replyPost("This is a reply!", "1234567890"));

    assertThat(result).isEqualTo(new SendResult.Sent("1445880548472328192"));
    x.server.verify(
        1,
        postRequestedFor(urlPathEqualTo("/2/tweets"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(fixture("x_v2_post_reply_request.json"))));
  }

  @Test
  void sendsDirectMessageToTheParticipantAndReturnsTheEventId() {
    String path = "/2/dm_conversations/with/9876543210/messages";
    x.server.stubFor(post(path).willReturn(jsonAnswer(201, fixture("x_v2_dm_send_response.json"))));

    SendResult result =
        x.sender().send(directMessage("9876543210", "Hello! This is a message from the API."));

    assertThat(result).isEqualTo(new SendResult.Sent("1582103724607971332"));
    x.server.verify(
        1,
        postRequestedFor(urlPathEqualTo(path))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withRequestBody(equalToJson(fixture("x_v2_dm_send_request.json"))));
  }

  @Test
  void carriesEmojiRightToLeftAndAstralTextByteExact() {
    String text = "Sorry 😞 — ✈️ delayed. مرحبا بك 👩🏽‍✈️ 𝒳 𠜎 e\u0301";
    x.server.stubFor(
        post("/2/tweets").willReturn(jsonAnswer(201, fixture("x_v2_post_create_response.json"))));

    x.sender().send(replyPost(text, "1234567890"));

    byte[] sent = x.server.getAllServeEvents().get(0).getRequest().getBody();
    String sentJson = new String(sent, StandardCharsets.UTF_8);
    // Raw UTF-8 on the wire, not \\u escapes, and nothing normalised or replaced on the way.
    assertThat(sentJson).contains(text);
    assertThat(JsonMapper.shared().readTree(sent).get("text").asString()).isEqualTo(text);
  }

  @Test
  void refusesPublicPostWithoutThePostItAnswersAndCallsNothing() {
    SendResult result = x.sender().send(replyPost("hello", null));

    assertThat(result)
        .isInstanceOfSatisfying(
            SendResult.Rejected.class, r -> assertThat(r.code()).isEqualTo("invalid-message"));
    assertThat(x.server.getAllServeEvents()).isEmpty();
  }

  @Test
  void answersForNetworkX() {
    assertThat(x.sender().network()).isEqualTo(Network.X);
  }

  @Test
  void neverLogsTheTokenOrTheText() {
    String text = "private words of the customer";
    x.server.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(403).withBody("{}")));
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level level = root.getLevel();
    var appender = new ListAppender<ILoggingEvent>();
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.DEBUG);
    try {
      x.sender().send(replyPost(text, "1234567890"));
    } finally {
      root.detachAppender(appender);
      root.setLevel(level);
    }

    assertThat(appender.list)
        .filteredOn(event -> !event.getLoggerName().contains("wiremock"))
        .isNotEmpty()
        .allSatisfy(
            event ->
                assertThat(event.getFormattedMessage()).doesNotContain(TOKEN).doesNotContain(text));
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder jsonAnswer(
      int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }
}
