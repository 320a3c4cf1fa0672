package io.purser.channels.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.purser.channels.meta.GraphApiStandIn.ACCOUNT;
import static io.purser.channels.meta.GraphApiStandIn.TOKEN;
import static io.purser.channels.meta.GraphApiStandIn.jsonAnswer;
import static io.purser.channels.meta.GraphApiStandIn.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.purser.reply.OutboundMessage.Delivery;
import io.purser.reply.SendResult;
import io.purser.workspace.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Instagram shares the Send API with Messenger but answers comments on {@code /replies}. */
class InstagramSenderTest {

  @RegisterExtension final GraphApiStandIn meta = new GraphApiStandIn();

  @Test
  void sendsDirectMessageFromTheInstagramAccount() {
    String path = "/v21.0/" + ACCOUNT + "/messages";
    meta.server.stubFor(
        post(path)
            .willReturn(jsonAnswer(200, "{\"recipient_id\":\"990\",\"message_id\":\"aWdf\"}")));
    var dm = message(Network.INSTAGRAM, Delivery.PRIVATE_MESSAGE, "990", null, "Hey!", true);

    assertThat(sender().send(dm)).isEqualTo(new SendResult.Sent("aWdf"));
    meta.server.verify(
        postRequestedFor(urlEqualTo(path))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withRequestBody(
                equalToJson(
                    """
                    {"recipient":{"id":"990"},"messaging_type":"MESSAGE_TAG","tag":"HUMAN_AGENT",
                     "message":{"text":"Hey!"}}""")));
  }

  @Test
  void repliesPubliclyOnTheCommentsRepliesEdge() {
    meta.server.stubFor(
        post("/v21.0/17858893269000001/replies")
            .willReturn(jsonAnswer(200, "{\"id\":\"17858893269000002\"}")));
    var reply =
        message(
            Network.INSTAGRAM,
            Delivery.PUBLIC_COMMENT,
            null,
            "17858893269000001",
            "Thanks!",
            false);

    assertThat(sender().send(reply)).isEqualTo(new SendResult.Sent("17858893269000002"));
    meta.server.verify(
        postRequestedFor(urlEqualTo("/v21.0/17858893269000001/replies"))
            .withRequestBody(equalToJson("{\"message\":\"Thanks!\"}")));
  }

  @Test
  void answersForNetworkInstagram() {
    assertThat(sender().network()).isEqualTo(Network.INSTAGRAM);
  }

  private InstagramSender sender() {
    return new InstagramSender(meta.graph());
  }
}
