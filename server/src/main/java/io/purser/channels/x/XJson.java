package io.purser.channels.x;

import io.purser.channels.webhook.WebhookJson;
import io.purser.ingest.InboundEvent.Party;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** Reads X's values: string ids, epoch-millisecond strings, v1.1 and ISO dates. */
final class XJson {

  /** v1.1's {@code created_at}: {@code Fri Aug 21 19:10:05 +0000 2020}. */
  private static final DateTimeFormatter V11_DATE =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

  private XJson() {}

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
    String handle = WebhookJson.text(node, "screen_name");
    JsonNode followers =
        node.has("followers_count")
            ? node.path("followers_count")
            : node.path("public_metrics").path("followers_count");
    return new Party(
        id,
        handle == null ? WebhookJson.text(node, "username") : handle,
        WebhookJson.text(node, "name"),
        followers.isIntegralNumber() ? Math.max(0, followers.asLong()) : 0);
  }

  static Instant millis(JsonNode value) {
    if (value.isIntegralNumber()) {
      return Instant.ofEpochMilli(value.asLong());
    }
    return value.isString() && WebhookJson.isDigits(value.stringValue())
        ? Instant.ofEpochMilli(Long.parseLong(value.stringValue()))
        : null;
  }

  /** ISO 8601 with offset ({@code 2026-07-23T21:44:05+00:00}, {@code …000Z}) or v1.1's format. */
  static Instant date(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      if (Character.isDigit(value.charAt(0))) {
        return OffsetDateTime.parse(value).toInstant();
      }
      var fast = v11Date(value);
      return fast != null ? fast : ZonedDateTime.parse(value, V11_DATE).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  /**
   * v1.1's {@code Wed Oct 10 20:19:24 +0000 2018} read by position: every post carries one, and the
   * general formatter is a visible part of a webhook request's cost. Null when the text has another
   * shape (the formatter then decides); a day name that does not match the date is refused, as the
   * formatter refuses it.
   */
  static Instant v11Date(String v) {
    if (v.length() != 30
        || v.charAt(3) != ' '
        || v.charAt(7) != ' '
        || v.charAt(10) != ' '
        || v.charAt(13) != ':'
        || v.charAt(16) != ':'
        || v.charAt(19) != ' '
        || v.charAt(25) != ' '
        || (v.charAt(20) != '+' && v.charAt(20) != '-')) {
      return null;
    }
    int day = DAYS.indexOf(v.substring(0, 3));
    int month = MONTHS.indexOf(v.substring(4, 7)) + 1;
    int dayOfMonth = digits(v, 8, 10);
    int hour = digits(v, 11, 13);
    int minute = digits(v, 14, 16);
    int second = digits(v, 17, 19);
    int offsetHours = digits(v, 21, 23);
    int offsetMinutes = digits(v, 23, 25);
    int year = digits(v, 26, 30);
    if (day < 0
        || month < 1
        || (dayOfMonth | hour | minute | second | offsetHours | offsetMinutes | year) < 0) {
      return null;
    }
    int sign = v.charAt(20) == '-' ? -1 : 1;
    var offset = ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
    var local = LocalDateTime.of(year, month, dayOfMonth, hour, minute, second);
    if (local.getDayOfWeek().ordinal() != day) {
      throw new DateTimeException("the day name does not match the date: " + v);
    }
    return local.toInstant(offset);
  }

  /** The number written in {@code v[from, to)}, or -1 when a character is not a digit. */
  private static int digits(String v, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
