package io.purser.channels.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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

/** What the WhatsApp sender puts on the wire, and the wamid it reads back. */
class WhatsAppSenderTest {

  private static final String MESSAGES = "/v21.0/" + ACCOUNT + "/messages";

  @RegisterExtension final GraphApiStandIn meta = new GraphApiStandIn();

  @BeforeEach
  void stubTheSendApi() {
    meta.server.stubFor(
        post(MESSAGES).willReturn(jsonAnswer(200, fixture("whatsapp_send_response.json"))));
  }

  @Test
  void sendsTextQuotingTheCustomersMessageAndReturnsTheWamid() {
    String wamid = "<wamid of the inbound message being replied to (optional)>";

    SendResult result = sender().send(whatsApp("16505551234", wamid, "MESSAGE_CONTENT"));

    assertThat(result).isEqualTo(new SendResult.Sent("wamid.foobar"));
    meta.server.verify(
        1,
        postRequestedFor(urlEqualTo(MESSAGES))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withRequestBody(equalToJson(fixture("whatsapp_send_text_request.COMPOSED.json"))));
  }

  @Test
  void leavesOutTheContextWhenNothingIsQuoted() {
    sender().send(whatsApp("16505551234", null, "Hello"));

    meta.server.verify(
        postRequestedFor(urlEqualTo(MESSAGES))
            .withRequestBody(
                equalToJson(
                    """
                    {"messaging_product":"whatsapp","recipient_type":"individual",
                     "to":"16505551234","type":"text",
                     "text":{"body":"Hello","preview_url":false}}""")));
  }

  @Test
  void carriesEmojiRightToLeftAndAstralTextByteExact() {
    String text = "Obrigado 🙏🏾 ✈️ مرحبا 👩‍💻 𝕎 𩸽";

    sender().send(whatsApp("16505551234", null, text));

    byte[] sent = meta.server.getAllServeEvents().get(0).getRequest().getBody();
    assertThat(new String(sent, StandardCharsets.UTF_8)).contains("\"body\":\"" + text + "\"");
  }

  @Test
  void reportsUnknownWhenTheAnswerListsNoMessage() {
    meta.server.stubFor(
        post(MESSAGES).willReturn(jsonAnswer(200, "{\"messaging_product\":\"whatsapp\"}")));

    assertThat(sender().send(whatsApp("16505551234", null, "Hi")))
        .isInstanceOf(SendResult.Unknown.class);
  }

  @Test
  void refusesPublicCommentsWithoutCallingMeta() {
    var comment = message(Network.WHATSAPP, Delivery.PUBLIC_COMMENT, null, "c1", "hi", false);

    assertThat(sender().send(comment)).isInstanceOf(SendResult.Rejected.class);
    assertThat(meta.server.getAllServeEvents()).isEmpty();
  }

  @Test
  void answersForNetworkWhatsApp() {
    assertThat(sender().network()).isEqualTo(Network.WHATSAPP);
  }

  private WhatsAppSender sender() {
    return new WhatsAppSender(meta.graph());
  }

  private static io.purser.reply.OutboundMessage whatsApp(String to, String wamid, String text) {
    return message(Network.WHATSAPP, Delivery.PRIVATE_MESSAGE, to, wamid, text, false);
  }
}
