package io.purser.channels.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.purser.channels.x.XApiSenderTest.jsonAnswer;
import static io.purser.channels.x.XApiStandIn.NOW;
import static io.purser.channels.x.XApiStandIn.directMessage;
import static io.purser.channels.x.XApiStandIn.fixture;
import static io.purser.channels.x.XApiStandIn.replyPost;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.purser.reply.SendResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How every answer and failure of X becomes retry-later, unknown or rejected. */
class XApiSenderFailureTest {

  @RegisterExtension final XApiStandIn x = new XApiStandIn();

  @Test
  void honoursRateLimitResetOn429() {
    var answer = jsonAnswer(429, fixture("x_v2_rate_limit_429_body.json"));
    fixture("x_v2_rate_limit_headers.txt")
        .lines()
        .filter(line -> line.contains(":"))
        .forEach(line -> answer.withHeader(line.split(":")[0].trim(), line.split(":")[1].trim()));
    stubPost(answer);

    assertRetryLaterAt(sendReply(), Instant.ofEpochSecond(1705420800));
  }

  @Test
  void fallsBackToRetryAfterOn429WithoutResetHeader() {
    stubPost(aResponse().withStatus(429).withHeader("Retry-After", "120"));

    assertRetryLaterAt(sendReply(), NOW.plusSeconds(120));
  }

  @Test
  void backsOffBrieflyOn429WithoutAnyHint() {
    stubPost(aResponse().withStatus(429));

    assertRetryLaterAt(sendReply(), NOW.plus(XApiOutcomes.DEFAULT_BACKOFF));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void retriesServerErrorsAfterAShortBackOff(int status) {
    stubPost(aResponse().withStatus(status).withBody("<html>over capacity</html>"));

    assertRetryLaterAt(sendReply(), NOW.plus(XApiOutcomes.DEFAULT_BACKOFF));
  }

  @Test
  void honoursRetryAfterOnUnavailable() {
    stubPost(
        aResponse().withStatus(503).withHeader("Retry-After", "Tue, 16 Jan 2024 16:00:00 GMT"));

    assertRetryLaterAt(sendReply(), Instant.parse("2024-01-16T16:00:00Z"));
  }

  @Test
  void rejectsInvalidRequestWithTheProblemTypeAndDetail() {
    stubPost(jsonAnswer(400, fixture("x_v2_problem_invalid_request_400.COMPOSED.json")));

    assertThat(sendReply())
        .isEqualTo(
            new SendResult.Rejected(
                "https://api.x.com/2/problems/invalid-request",
                "Invalid Request: One or more parameters to your request was invalid."));
  }

  @Test
  void rejectsDuplicateContentAsDuplicate() {
    stubPost(jsonAnswer(403, fixture("x_v2_problem_duplicate_403.COMPOSED.json")));

    assertThat(sendReply())
        .isEqualTo(
            new SendResult.Rejected(
                "duplicate", "You are not allowed to create a Tweet with duplicate content."));
  }

  @Test
  void rejectsOtherForbiddenAnswersWithTheirTitle() {
    stubPost(jsonAnswer(403, fixture("x_v2_problem_forbidden_403.COMPOSED.json")));

    assertThat(sendReply())
        .isEqualTo(
            new SendResult.Rejected(
                "Forbidden", "Forbidden: You are not permitted to perform this action."));
  }

  @Test
  void rejectsLegacyErrorsWithTheirCode() {
    stubPost(
        jsonAnswer(401, "{\"errors\":[{\"code\":89,\"message\":\"Invalid or expired token.\"}]}"));

    assertThat(sendReply()).isEqualTo(new SendResult.Rejected("89", "Invalid or expired token."));
  }

  @Test
  void reportsUnknownWhenTheAnswerComesAfterTheReadTimeout() {
    stubPost(
        jsonAnswer(201, fixture("x_v2_post_create_response.json"))
            .withFixedDelay((int) XApiStandIn.SHORT_READ_TIMEOUT.toMillis() + 2_000));

    assertThat(x.impatientSender().send(replyPost("We are on it.", "1234567890")))
        .isInstanceOf(SendResult.Unknown.class);
    x.server.verify(1, postRequestedFor(urlPathEqualTo("/2/tweets")));
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE"})
  void reportsUnknownAndSendsOnlyOnceWhenTheConnectionIsCut(Fault fault) {
    stubPost(aResponse().withFault(fault));

    assertThat(sendReply()).isInstanceOf(SendResult.Unknown.class);
    // A client that silently re-sends the POST here would post the reply twice.
    x.server.verify(1, postRequestedFor(urlPathEqualTo("/2/tweets")));
  }

  @Test
  void retriesLaterWhenNothingListens() throws IOException {
    int closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    SendResult result =
        XApiStandIn.senderFor("http://127.0.0.1:" + closedPort)
            .send(directMessage("9876543210", "hi"));

    assertRetryLaterAt(result, NOW.plus(XApiOutcomes.DEFAULT_BACKOFF));
  }

  @Test
  void retriesLaterWhenTheHostDoesNotResolve() {
    SendResult result =
        XApiStandIn.senderFor("http://api.purser-test.invalid")
            .send(directMessage("9876543210", "hi"));

    assertThat(result).isInstanceOf(SendResult.RetryLater.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{not json", "", "{\"data\":{}}", "{\"errors\":[{\"title\":\"x\"}]}"})
  void reportsUnknownWhenASuccessHasNoReadableId(String body) {
    stubPost(jsonAnswer(201, body));

    assertThat(sendReply()).isInstanceOf(SendResult.Unknown.class);
  }

  private void stubPost(ResponseDefinitionBuilder answer) {
    x.server.stubFor(post(urlPathEqualTo("/2/tweets")).willReturn(answer));
    x.server.stubFor(
        post(urlPathEqualTo("/2/dm_conversations/with/9876543210/messages")).willReturn(answer));
  }

  private SendResult sendReply() {
    return x.sender().send(replyPost("We are on it.", "1234567890"));
  }

  private static void assertRetryLaterAt(SendResult result, Instant notBefore) {
    assertThat(result)
        .isInstanceOfSatisfying(
            SendResult.RetryLater.class, r -> assertThat(r.notBefore()).isEqualTo(notBefore));
  }
}
