package io.purser.channels.meta;

import io.purser.channels.webhook.WebhookJson;
import io.purser.ingest.InboundEvent.Party;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * Reads the loosely typed values of Meta payloads. Meta sends the same id as a JSON number in one
 * product and a string in another, and epoch times in seconds or milliseconds.
 */
final class MetaJson {

  /** Below this an epoch value is read as seconds: 10^11 ms is 1973, 10^11 s is year 5138. */
  private static final long SECONDS_LIMIT = 100_000_000_000L;

  private MetaJson() {}

  /**
   * A string or an integer id, as the exact decimal string: never through a double (integers past a
   * long are held as big integers by the tree).
   */
  static String id(JsonNode node) {
    if (node.isString()) {
      return node.stringValue();
    }
    return node.isIntegralNumber() ? node.asString() : null;
  }

  static String firstText(JsonNode node, String... fields) {
    for (String field : fields) {
      String value = WebhookJson.text(node, field);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** An epoch time in seconds or milliseconds, as a number or a numeric string. */
  static Instant epoch(JsonNode node) {
    long value;
    if (node.isIntegralNumber()) {
      value = node.asLong();
    } else if (node.isString() && WebhookJson.isDigits(node.stringValue())) {
      value = Long.parseLong(node.stringValue());
    } else {
      return null;
    }
    return value < SECONDS_LIMIT ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
  }

  static Instant epochOr(JsonNode node, Instant fallback) {
    Instant value = epoch(node);
    return value == null ? fallback : value;
  }

  static Party party(String id) {
    return id == null ? null : new Party(id, null, null);
  }
}
