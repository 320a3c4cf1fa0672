package io.purser.assist.model;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A workspace's external model, off unless it says otherwise.
 *
 * @param enabled whether drafts may be asked of the model at all
 * @param baseUrl the API's base, e.g. {@code http://localhost:11434} for Ollama (the client adds
 *     {@code /v1/chat/completions})
 * @param model the model's name as the API knows it, e.g. {@code llama3.1:8b}
 * @param apiKey the bearer key ({@code null} or blank when the API needs none, as a local Ollama)
 * @param timeout how long to wait for connecting and then for the whole answer
 * @param temperature the sampling temperature sent with each request
 */
public record ModelSettings(
    boolean enabled,
    String baseUrl,
    String model,
    String apiKey,
    Duration timeout,
    double temperature) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
  public static final double DEFAULT_TEMPERATURE = 0.3;

  public ModelSettings {
    Objects.requireNonNull(timeout, "timeout is required");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the timeout must be positive, got " + timeout);
    }
    if (temperature < 0 || temperature > 2) {
      throw new IllegalArgumentException("the temperature must be within 0..2, got " + temperature);
    }
    if (enabled) {
      requireHttp(baseUrl);
      if (model == null || model.isBlank()) {
        throw new IllegalArgumentException("an enabled external model needs a model name");
      }
    }
    baseUrl = baseUrl == null ? null : baseUrl.strip().replaceAll("/+$", "");
  }

  /** No external model: what every workspace starts with. */
  public static ModelSettings off() {
    return new ModelSettings(false, null, null, null, DEFAULT_TIMEOUT, DEFAULT_TEMPERATURE);
  }

  /** An enabled model at {@code baseUrl} with the default timeout and temperature. */
  public static ModelSettings of(String baseUrl, String model, String apiKey) {
    return new ModelSettings(true, baseUrl, model, apiKey, DEFAULT_TIMEOUT, DEFAULT_TEMPERATURE);
  }

  /** The same settings waiting at most {@code newTimeout}. */
  public ModelSettings withTimeout(Duration newTimeout) {
    return new ModelSettings(enabled, baseUrl, model, apiKey, newTimeout, temperature);
  }

  /** The chat completions endpoint. */
  URI endpoint() {
    return URI.create(baseUrl + "/v1/chat/completions");
  }

  /** Never shows the key: settings end up in logs and error pages. */
  @Override
  public String toString() {
    return "ModelSettings[enabled=%s, baseUrl=%s, model=%s, apiKey=%s, timeout=%s, temperature=%s]"
        .formatted(
            enabled,
            baseUrl,
            model,
            apiKey == null || apiKey.isBlank() ? "none" : "***",
            timeout,
            temperature);
  }

  private static void requireHttp(String baseUrl) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException("an enabled external model needs a base URL");
    }
    try {
      var uri = URI.create(Objects.requireNonNull(baseUrl, "an enabled model needs a base URL"));
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new IllegalArgumentException("expected an http(s) base URL, got " + baseUrl);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected an http(s) base URL, got " + baseUrl, e);
    }
  }
}
