package io.purser.channels.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.purser.channels.meta.GraphApiStandIn.ACCOUNT;
import static io.purser.channels.meta.GraphApiStandIn.TOKEN;
import static io.purser.channels.meta.GraphApiStandIn.fixture;
import static io.purser.channels.meta.GraphApiStandIn.jsonAnswer;
import static io.purser.channels.meta.GraphApiStandIn.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.purser.reply.OutboundMessage.Delivery;
import io.purser.reply.SendResult;
import io.purser.workspace.Network;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** What the Messenger sender puts on the wire, and the ids it reads back. */
class MessengerSenderTest {

  private static final String MESSAGES = "/v21.0/" + ACCOUNT + "/messages";
  private static final String MID = "mid.1456970487936:c34767dfe57ee6e339";

  @RegisterExtension final GraphApiStandIn meta = new GraphApiStandIn();

  @BeforeEach
  void stubTheSendApi() {
    meta.server.stubFor(
        post(MESSAGES).willReturn(jsonAnswer(200, fixture("messenger_send_api_response.json"))));
  }

  @Test
  void sendsAStandardResponseInsideTheWindowWithTheTokenInTheHeaderOnly() {
    SendResult result = sender().send(privateMessage("<PSID>", "hello, world", false));

    assertThat(result).isEqualTo(new SendResult.Sent(MID));
    meta.server.verify(
        1,
        postRequestedFor(urlEqualTo(MESSAGES))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", equalTo("application/json"))
            .withQueryParam("access_token", absent())
            .withRequestBody(
                equalToJson(
                    fixture("messenger_send_api_request_RESPONSE.COMPOSED.json"), false, true))
            .withRequestBody(matchingJsonPath("$.message.metadata", equalTo("purser:reply-7"))));
  }

  @Test
  void tagsAReplyOutsideTheWindowAsHumanAgent() {
    String text = "<agent reply sent 24h-7d after the customer's last message>";

    SendResult result = sender().send(privateMessage("<PSID>", text, true));

    assertThat(result).isEqualTo(new SendResult.Sent(MID));
    meta.server.verify(
        postRequestedFor(urlEqualTo(MESSAGES))
            .withRequestBody(
                equalToJson(
                    fixture("messenger_send_api_request_HUMAN_AGENT.COMPOSED.json"), false, true)));
  }

  @Test
  void answersACommentPrivatelyThroughItsCommentId() {
    var reply =
        message(Network.FACEBOOK, Delivery.PRIVATE_REPLY_TO_COMMENT, null, "17_42", "Hi!", false);

    assertThat(sender().send(reply)).isEqualTo(new SendResult.Sent(MID));
    meta.server.verify(
        postRequestedFor(urlEqualTo(MESSAGES))
            .withRequestBody(
                equalToJson(
                    """
                    {"recipient":{"comment_id":"17_42"},"messaging_type":"RESPONSE",
                     "message":{"text":"Hi!","metadata":"purser:reply-7"}}""")));
  }

  @Test
  void repliesPubliclyUnderTheComment() {
    meta.server.stubFor(
        post("/v21.0/17_42/comments").willReturn(jsonAnswer(200, "{\"id\":\"17_43\"}")));
    var reply = message(Network.FACEBOOK, Delivery.PUBLIC_COMMENT, null, "17_42", "Done!", false);

    assertThat(sender().send(reply)).isEqualTo(new SendResult.Sent("17_43"));
    meta.server.verify(
        postRequestedFor(urlEqualTo("/v21.0/17_42/comments"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withRequestBody(equalToJson("{\"message\":\"Done!\"}")));
  }

  @Test
  void carriesEmojiRightToLeftAndAstralTextByteExact() {
    String text = "Désolé 😞 ✈️ שלום עליכם 👨‍👩‍👧 𝔐 𠀋 a\u0308";

    sender().send(privateMessage("5012", text, false));

    byte[] sent = meta.server.getAllServeEvents().get(0).getRequest().getBody();
    assertThat(new String(sent, StandardCharsets.UTF_8)).contains(text);
    assertThat(JsonMapper.shared().readTree(sent).at("/message/text").asString()).isEqualTo(text);
  }

  @Test
  void refusesAPublicPostWithoutCallingMeta() {
    var post = message(Network.FACEBOOK, Delivery.PUBLIC_POST, null, "17_42", "hi", false);

    assertThat(sender().send(post))
        .isInstanceOfSatisfying(
            SendResult.Rejected.class, r -> assertThat(r.code()).isEqualTo("invalid-message"));
    assertThat(meta.server.getAllServeEvents()).isEmpty();
  }

  @Test
  void answersForNetworkFacebook() {
    assertThat(sender().network()).isEqualTo(Network.FACEBOOK);
  }

  private MessengerSender sender() {
    return new MessengerSender(meta.graph());
  }

  private static io.purser.reply.OutboundMessage privateMessage(
      String psid, String text, boolean humanAgentTag) {
    return message(Network.FACEBOOK, Delivery.PRIVATE_MESSAGE, psid, null, text, humanAgentTag);
  }
}
