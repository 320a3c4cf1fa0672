package io.purser.channels.webhook;

import io.purser.ingest.MalformedPayloadException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a webhook body as a JSON tree for the parsers (anything else is a malformed delivery), and
 * the loosely typed values both networks send.
 */
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

  /** A string or a number as text; null when the field is missing or of another type. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() || value.isNumber() ? value.asString() : null;
  }

  /** Up to 18 digits: a plain check, as a regular expression per timestamp costs throughput. */
  public static boolean isDigits(String value) {
    if (value.isEmpty() || value.length() > 18) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
