package io.purser.assist.model;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.assist.model.ModelRequest.Speaker;
import io.purser.assist.model.ModelRequest.Turn;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract with an OpenAI-compatible chat API, against WireMock on a free port. */
class ModelClientTest {

  @RegisterExtension final ChatApiStandIn api = new ChatApiStandIn();

  static final ModelRequest REQUEST =
      new ModelRequest(
          "You answer for an airline, briefly and kindly.",
          List.of(
              new Turn(Speaker.CUSTOMER, "Flight delayed 3 hours, can you rebook me?"),
              new Turn(Speaker.AGENT, "So sorry! Which flight would suit you?")));

  @Test
  void postsAChatCompletionWithTheBearerKeyAndReturnsALabelledDraft() {
    api.answersDraft("We're sorry for the delay. I've rebooked you on the next flight.");

    var answer = api.client().draft(REQUEST);

    api.server.verify(
        postRequestedFor(urlEqualTo(ChatApiStandIn.PATH))
            .withHeader("Authorization", equalTo("Bearer " + ChatApiStandIn.KEY))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"model":"llama3.1:8b","temperature":0.3,"stream":false,"messages":[
                     {"role":"system","content":"You answer for an airline, briefly and kindly."},
                     {"role":"user","content":"Flight delayed 3 hours, can you rebook me?"},
                     {"role":"assistant","content":"So sorry! Which flight would suit you?"}]}""")));
    assertThat(answer)
        .isEqualTo(
            new ModelAnswer.Drafted(
                new ModelDraft(
                    "We're sorry for the delay. I've rebooked you on the next flight.",
                    ChatApiStandIn.MODEL)));
    assertThat(ModelDraft.LABEL_CODE).isEqualTo("assist.model.draft.label");
  }

  @Test
  void masksPersonalDataBeforeAnythingLeaves() {
    api.answersDraft("Thanks, I have found booking [BOOKING_REF].");
    var request =
        new ModelRequest(
            "",
            List.of(
                new Turn(Speaker.CUSTOMER, "@united my confirmation code is QX7T2K, please help"),
                new Turn(
                    Speaker.CUSTOMER, "email me at jane.doe@example.com or call +1 415 555 0134"),
                new Turn(Speaker.CUSTOMER, "my card 4539578763621486 was charged twice")));

    var answer = api.client().draft(request);

    String sent = api.receivedBody();
    assertThat(sent)
        .doesNotContain("QX7T2K", "jane.doe@example.com", "555 0134", "4539578763621486")
        .contains("[BOOKING_REF]", "[EMAIL]", "[PHONE]", "[CARD]");
    assertThat(answer)
        .isEqualTo(
            new ModelAnswer.Drafted(
                new ModelDraft(
                    "Thanks, I have found booking [BOOKING_REF].", ChatApiStandIn.MODEL)));
  }

  @Test
  void givesUpAfterTheWorkspacesTimeout() {
    api.answers(aResponse().withStatus(200).withFixedDelay(3_000).withBody("{}"));

    var answer = api.client(Duration.ofMillis(500)).draft(REQUEST);

    assertThat(answer).isInstanceOf(ModelAnswer.Failed.class);
    assertThat(((ModelAnswer.Failed) answer).problem()).isEqualTo(ModelProblem.TIMEOUT);
  }

  @ParameterizedTest(name = "HTTP {0} is {1}")
  @CsvSource({
    "401, UNAUTHORIZED",
    "403, UNAUTHORIZED",
    "404, REJECTED",
    "400, REJECTED",
    "429, RATE_LIMITED",
    "500, SERVER_ERROR",
    "503, SERVER_ERROR"
  })
  void namesTheProblemOfEachErrorStatus(int status, ModelProblem problem) {
    api.answers(aResponse().withStatus(status).withBody("{\"error\":{\"message\":\"no\"}}"));

    var answer = api.client().draft(REQUEST);

    assertThat(answer).isInstanceOf(ModelAnswer.Failed.class);
    var failed = (ModelAnswer.Failed) answer;
    assertThat(failed.problem()).isEqualTo(problem);
    assertThat(failed.detail()).startsWith("HTTP " + status).contains("no");
    assertThat(problem.code()).startsWith("assist.model.problem.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not json at all",
        "{\"choices\":[]}",
        "{\"choices\":[{\"message\":{\"role\":\"assistant\"}}]}",
        "{\"choices\":[{\"message\":{\"content\":42}}]}"
      })
  void reportsAMalformedAnswer(String body) {
    api.answers(aResponse().withStatus(200).withBody(body));

    var answer = api.client().draft(REQUEST);

    assertThat(answer).isInstanceOf(ModelAnswer.Failed.class);
    assertThat(((ModelAnswer.Failed) answer).problem()).isEqualTo(ModelProblem.MALFORMED_ANSWER);
  }

  @Test
  void sendsNothingWhenTheWorkspaceHasNoModel() {
    var answer = new ModelClient(ModelSettings.off(), ChatApiStandIn.MASK).draft(REQUEST);

    assertThat(answer)
        .isEqualTo(
            new ModelAnswer.Failed(ModelProblem.DISABLED, "no external model is configured"));
    assertThat(api.server.getAllServeEvents()).isEmpty();
  }

  @Test
  void saysTheModelIsUnreachableWhenNothingListens() throws Exception {
    int closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var settings = ModelSettings.of("http://127.0.0.1:" + closedPort, "m", null);

    var answer = new ModelClient(settings, ChatApiStandIn.MASK).draft(REQUEST);

    assertThat(answer).isInstanceOf(ModelAnswer.Failed.class);
    assertThat(((ModelAnswer.Failed) answer).problem()).isEqualTo(ModelProblem.UNREACHABLE);
  }

  @Test
  void refusesAnEnabledModelWithoutAnAddressOrAName() {
    assertThatThrownBy(() -> ModelSettings.of("ftp://example.com", "m", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http(s) base URL");
    assertThatThrownBy(() -> ModelSettings.of("http://localhost:11434", " ", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model name");
  }

  @Test
  void neverShowsTheKeyInItsSettings() {
    var settings = ModelSettings.of("https://api.example.com/", "gpt", ChatApiStandIn.KEY);

    assertThat(settings.toString()).doesNotContain(ChatApiStandIn.KEY).contains("***");
    assertThat(settings.baseUrl()).isEqualTo("https://api.example.com");
    assertThat(ModelSettings.off().enabled()).isFalse();
  }
}
