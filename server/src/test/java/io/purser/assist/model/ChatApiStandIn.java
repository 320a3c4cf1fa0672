package io.purser.assist.model;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.purser.testing.WireMockStandIn;
import io.purser.triage.Triage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** An OpenAI-compatible chat API stood in for by WireMock, and a client pointed at it. */
final class ChatApiStandIn extends WireMockStandIn {

  static final String PATH = "/v1/chat/completions";
  static final String KEY = "sk-test-do-not-log";
  static final String MODEL = "llama3.1:8b";
  // Generous: a busy machine can take seconds to answer a first request.
  static final Duration TIMEOUT = Duration.ofSeconds(8);
  static final PersonalDataMask MASK = new PersonalDataMask(Triage.loadDefault());

  ModelClient client() {
    return client(TIMEOUT);
  }

  ModelClient client(Duration timeout) {
    return new ModelClient(
        ModelSettings.of(server.baseUrl(), MODEL, KEY).withTimeout(timeout), MASK);
  }

  void answers(ResponseDefinitionBuilder response) {
    server.stubFor(post(urlEqualTo(PATH)).willReturn(response));
  }

  void answersDraft(String content) {
    answers(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody(
                """
                {"id":"chatcmpl-1","object":"chat.completion","model":"%s",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},
                 "finish_reason":"stop"}]}"""
                    .formatted(MODEL, content)));
  }

  /** The body of the only request the API received. */
  String receivedBody() {
    var requests = server.getAllServeEvents();
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, got " + requests.size());
    }
    return new String(requests.get(0).getRequest().getBody(), StandardCharsets.UTF_8);
  }
}
