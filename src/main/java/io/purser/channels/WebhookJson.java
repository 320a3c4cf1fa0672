package io.purser.channels;

import io.purser.ingest.MalformedPayloadException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a webhook body as a JSON tree for the parsers; anything else is a malformed delivery. */
public final class WebhookJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private WebhookJson() {}

  /**
   * @param expected what the body should have been, for the error: "an X webhook delivery"
   */
  public static JsonNode read(byte[] body, String expected) {
    try {
      JsonNode root = JSON.readTree(body);
      return root == null ? JSON.missingNode() : root;
    } catch (JacksonException e) {
      throw new MalformedPayloadException(
          "expected " + expected + " in JSON: " + e.getOriginalMessage(), e);
    }
  }
}
