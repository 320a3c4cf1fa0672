package io.purser.assist.model;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Asks a workspace's external model for a draft. One request per call, never retried and never
 * streamed; the answer is a draft for an agent, or a problem. Thread-safe.
 */
public final class ModelClient {

  private static final int DETAIL_LIMIT = 300;

  private final ModelSettings settings;
  private final PersonalDataMask mask;
  private final HttpClient http;

  /**
   * @param settings the workspace's model (when off, every call answers {@link
   *     ModelProblem#DISABLED} without any network access)
   * @param mask what hides personal data before anything is sent
   */
  public ModelClient(ModelSettings settings, PersonalDataMask mask) {
    this.settings = Objects.requireNonNull(settings, "settings are required");
    this.mask = Objects.requireNonNull(mask, "mask is required");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A draft reply to the conversation, or why there is none. */
  public ModelAnswer draft(ModelRequest request) {
    Objects.requireNonNull(request, "request is required");
    if (!settings.enabled()) {
      return new ModelAnswer.Failed(ModelProblem.DISABLED, "no external model is configured");
    }
    try {
      return answer(http.send(post(request), HttpResponse.BodyHandlers.ofByteArray()));
    } catch (HttpTimeoutException e) {
      return new ModelAnswer.Failed(
          ModelProblem.TIMEOUT, "no answer within " + settings.timeout() + ": " + e.getMessage());
    } catch (IOException e) {
      return new ModelAnswer.Failed(ModelProblem.UNREACHABLE, String.valueOf(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ModelAnswer.Failed(
          ModelProblem.TIMEOUT, "interrupted while waiting for the model");
    }
  }

  /** The POST of the masked conversation, with the key when the API needs one. */
  private HttpRequest post(ModelRequest request) {
    var builder =
        HttpRequest.newBuilder(settings.endpoint())
            .timeout(settings.timeout())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofByteArray(
                    ChatCompletion.body(settings, request, mask)));
    if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
      builder.header("Authorization", "Bearer " + settings.apiKey());
    }
    return builder.build();
  }

  private ModelAnswer answer(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      return new ModelAnswer.Failed(
          ModelProblem.ofStatus(status), "HTTP " + status + ": " + excerpt(response.body()));
    }
    return ChatCompletion.draft(response.body(), settings.model())
        .<ModelAnswer>map(ModelAnswer.Drafted::new)
        .orElseGet(
            () ->
                new ModelAnswer.Failed(
                    ModelProblem.MALFORMED_ANSWER,
                    "expected choices[0].message.content, got: " + excerpt(response.body())));
  }

  private static String excerpt(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    return text.length() <= DETAIL_LIMIT ? text : text.substring(0, DETAIL_LIMIT) + "…";
  }
}
