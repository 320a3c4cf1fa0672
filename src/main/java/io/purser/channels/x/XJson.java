package io.purser.channels.x;

import io.purser.ingest.InboundEvent.Party;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** Reads X's values: string ids, epoch-millisecond strings, v1.1 and ISO dates. */
final class XJson {

  /** v1.1's {@code created_at}: {@code Fri Aug 21 19:10:05 +0000 2020}. */
  private static final DateTimeFormatter V11_DATE =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

  private XJson() {}

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() || value.isNumber() ? value.asString() : null;
  }

  /**
   * The id of a v1.1 object: {@code id_str}, or {@code id} when it is a string (DM user maps, v2).
   * A numeric {@code id} is never used: documentation and JavaScript round it.
   */
  static String id(JsonNode node) {
    JsonNode idStr = node.path("id_str");
    if (idStr.isString()) {
      return idStr.stringValue();
    }
    JsonNode id = node.path("id");
    return id.isString() ? id.stringValue() : null;
  }

  /** A v1.1 user ({@code screen_name}) or a v2 user ({@code username}), optionally under data. */
  static Party user(JsonNode user) {
    JsonNode node = user.has("data") ? user.path("data") : user;
    String id = id(node);
    if (id == null) {
      return null;
    }
    String handle = text(node, "screen_name");
    JsonNode followers =
        node.has("followers_count")
            ? node.path("followers_count")
            : node.path("public_metrics").path("followers_count");
    return new Party(
        id,
        handle == null ? text(node, "username") : handle,
        text(node, "name"),
        followers.isIntegralNumber() ? Math.max(0, followers.asLong()) : 0);
  }

  static Instant millis(JsonNode value) {
    if (value.isIntegralNumber()) {
      return Instant.ofEpochMilli(value.asLong());
    }
    return value.isString() && isDigits(value.stringValue())
        ? Instant.ofEpochMilli(Long.parseLong(value.stringValue()))
        : null;
  }

  /** A plain check, as a regular expression per timestamp costs throughput. */
  private static boolean isDigits(String value) {
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

  /** ISO 8601 with offset ({@code 2026-07-23T21:44:05+00:00}, {@code …000Z}) or v1.1's format. */
  static Instant date(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return Character.isDigit(value.charAt(0))
          ? OffsetDateTime.parse(value).toInstant()
          : ZonedDateTime.parse(value, V11_DATE).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
