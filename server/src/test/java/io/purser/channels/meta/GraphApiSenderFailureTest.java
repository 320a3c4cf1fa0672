package io.purser.channels.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.purser.channels.meta.GraphApiStandIn.ACCOUNT;
import static io.purser.channels.meta.GraphApiStandIn.NOW;
import static io.purser.channels.meta.GraphApiStandIn.fixture;
import static io.purser.channels.meta.GraphApiStandIn.jsonAnswer;
import static io.purser.channels.meta.GraphApiStandIn.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.purser.reply.OutboundMessage.Delivery;
import io.purser.reply.SendResult;
import io.purser.workspace.Network;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How every Graph API answer and failure becomes retry-later, unknown or rejected. */
class GraphApiSenderFailureTest {

  private static final String MESSAGES = "/v21.0/" + ACCOUNT + "/messages";

  @RegisterExtension final GraphApiStandIn meta = new GraphApiStandIn();

  @Test
  void honoursRetryAfterOn429() {
    answer(aResponse().withStatus(429).withHeader("Retry-After", "90"));

    assertRetryLaterAt(send(), NOW.plusSeconds(90));
  }

  @Test
  void retriesLaterOnTheRateLimitErrorMetaAnswersWith400() {
    answer(jsonAnswer(400, fixture("meta_error_rate_limit_613.COMPOSED.json")));

    assertRetryLaterAt(send(), NOW.plus(GraphOutcomes.DEFAULT_BACKOFF));
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 17, 32, 613, 130429, 131056})
  void retriesLaterOnEveryThrottlingCode(int code) {
    answer(jsonAnswer(400, "{\"error\":{\"message\":\"slow down\",\"code\":" + code + "}}"));

    assertThat(send()).isInstanceOf(SendResult.RetryLater.class);
  }

  @Test
  void retriesLaterWhenMetaCallsTheErrorTransient() {
    answer(
        jsonAnswer(
            400, "{\"error\":{\"message\":\"try later\",\"code\":1,\"is_transient\":true}}"));

    assertThat(send()).isInstanceOf(SendResult.RetryLater.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503})
  void retriesServerErrorsAfterAShortBackOff(int status) {
    answer(aResponse().withStatus(status).withBody("<html>oops</html>"));

    assertRetryLaterAt(send(), NOW.plus(GraphOutcomes.DEFAULT_BACKOFF));
  }

  @Test
  void rejectsWithCodeSubcodeAndMessage() {
    answer(jsonAnswer(400, fixture("meta_error_outside_window_10_2018278.COMPOSED.json")));

    assertThat(send())
        .isEqualTo(
            new SendResult.Rejected(
                "10/2018278", "(#10) This message is sent outside of allowed window."));
  }

  @Test
  void rejectsWithTheCodeAloneWhenThereIsNoSubcode() {
    answer(
        jsonAnswer(
            400,
            "{\"error\":{\"message\":\"(#100) The parameter recipient is required\","
                + "\"type\":\"OAuthException\",\"code\":100,\"is_transient\":false}}"));

    assertThat(send())
        .isEqualTo(new SendResult.Rejected("100", "(#100) The parameter recipient is required"));
  }

  @Test
  void rejectsAClientErrorWithoutAGraphErrorByStatus() {
    answer(aResponse().withStatus(403).withBody("<html>forbidden</html>"));

    assertThat(send())
        .isInstanceOfSatisfying(
            SendResult.Rejected.class, r -> assertThat(r.code()).isEqualTo("http-403"));
  }

  @Test
  void reportsUnknownWhenTheAnswerComesAfterTheReadTimeout() {
    answer(
        jsonAnswer(200, fixture("messenger_send_api_response.json"))
            .withFixedDelay((int) GraphApiStandIn.SHORT_READ_TIMEOUT.toMillis() + 2_000));

    assertThat(new MessengerSender(meta.impatientGraph()).send(dm()))
        .isInstanceOf(SendResult.Unknown.class);
    meta.server.verify(1, postRequestedFor(urlEqualTo(MESSAGES)));
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK"})
  void reportsUnknownAndSendsOnlyOnceWhenTheConnectionIsCut(Fault fault) {
    answer(aResponse().withFault(fault));

    assertThat(send()).isInstanceOf(SendResult.Unknown.class);
    // RestFB's HttpURLConnection re-sends the POST here: the customer would get it twice.
    meta.server.verify(1, postRequestedFor(urlEqualTo(MESSAGES)));
  }

  @Test
  void retriesLaterWhenNothingListens() throws IOException {
    int closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var sender = new MessengerSender(GraphApiStandIn.graphAt("http://127.0.0.1:" + closedPort));

    assertRetryLaterAt(sender.send(dm()), NOW.plus(GraphOutcomes.DEFAULT_BACKOFF));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{not json", "", "{\"recipient_id\":\"1\"}", "[]"})
  void reportsUnknownWhenASuccessHasNoReadableId(String body) {
    answer(jsonAnswer(200, body));

    assertThat(send()).isInstanceOf(SendResult.Unknown.class);
  }

  private void answer(ResponseDefinitionBuilder answer) {
    meta.server.stubFor(post(urlEqualTo(MESSAGES)).willReturn(answer));
  }

  private SendResult send() {
    return new MessengerSender(meta.graph()).send(dm());
  }

  private static io.purser.reply.OutboundMessage dm() {
    return message(Network.FACEBOOK, Delivery.PRIVATE_MESSAGE, "5012", null, "On it!", false);
  }

  private static void assertRetryLaterAt(SendResult result, Instant notBefore) {
    assertThat(result)
        .isInstanceOfSatisfying(
            SendResult.RetryLater.class, r -> assertThat(r.notBefore()).isEqualTo(notBefore));
  }
}
