package io.purser.security;

import io.purser.security.ApiOperations.Operation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Well-formed requests for an operation, built from its OpenAPI description: every id it takes
 * (path variables, id-like query and body fields) is a "slot" filled from a fixture, the other
 * values are plausible for their names, so a request reaches the lookup of what it names.
 */
final class SampleRequests {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?}");

  /** A request ready to send. */
  record Request(Operation operation, String path, String body, Map<String, String> headers) {}

  /** Raised when a value names an id of a kind no fixture holds. */
  static final class UnmappedId extends RuntimeException {
    UnmappedId(Operation operation, String name) {
      super(operation + ": no fixture resource for '" + name + "'");
    }
  }

  private final ApiOperations operations;

  SampleRequests(ApiOperations operations) {
    this.operations = operations;
  }

  /** Fills a slot: the id of a resource of the kind, found in the path, query, header or body. */
  interface Slots {
    String fill(String kind, String where);
  }

  /** One slot of a request: the kind of resource it names and where it is sent. */
  record Slot(String kind, String where) {}

  /** The slots of an operation, in the order they are filled. */
  List<Slot> slots(Operation operation) {
    var slots = new ArrayList<Slot>();
    build(
        operation,
        (kind, where) -> {
          slots.add(new Slot(kind, where));
          return "1";
        },
        null);
    return slots;
  }

  /**
   * The operation with each slot filled by {@code fill} (called with the slot's kind, in the order
   * of {@link #slots}) and other values from {@code values} (dates and numbers of the fixture).
   */
  Request build(Operation operation, Slots slots, TenantFixture values) {
    Slots fill =
        (kind, where) ->
            ResourceKinds.isShared(kind) && values != null
                ? values.id(kind).orElseThrow()
                : ResourceKinds.isShared(kind) ? "1" : slots.fill(kind, where);
    var path = path(operation, fill, values);
    var query = new ArrayList<String>();
    var headers = new LinkedHashMap<String, String>();
    for (var parameter : operation.parameters()) {
      var kind = ResourceKinds.of(parameter.name(), operation.path());
      if (parameter.in().equals("path")) {
        continue;
      }
      if (kind.isEmpty() && ResourceKinds.looksLikeAnId(parameter.name())) {
        throw new UnmappedId(operation, parameter.name());
      }
      if (kind.isEmpty() && !parameter.required() && !worthSending(parameter)) {
        continue;
      }
      var value =
          kind.isPresent()
              ? fill.fill(kind.get(), parameter.in())
              : scalar(parameter.name(), parameter.schema(), values);
      if (parameter.in().equals("query")) {
        query.add(parameter.name() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
      } else if (parameter.in().equals("header")) {
        headers.put(parameter.name(), value);
      }
    }
    var body =
        operation.body() == null
            ? null
            : value(operation, "", operation.body(), fill, values, 0).toString();
    var target = query.isEmpty() ? path : path + "?" + String.join("&", query);
    return new Request(operation, target, body, headers);
  }

  private static String path(Operation operation, Slots fill, TenantFixture values) {
    var matcher = VARIABLE.matcher(operation.path());
    var path = new StringBuilder();
    while (matcher.find()) {
      var name = matcher.group(1);
      String value;
      if (matcher.group(2) != null && !matcher.group(2).contains("[")) {
        value = matcher.group(2).split("\\|")[0];
      } else if (name.equals("date")) {
        value = values == null ? "2026-01-01" : values.flightDate;
      } else {
        value =
            fill.fill(
                ResourceKinds.of(name, operation.path())
                    .orElseThrow(() -> new UnmappedId(operation, "{" + name + "}")),
                "path");
      }
      matcher.appendReplacement(path, value);
    }
    matcher.appendTail(path);
    return path.toString();
  }

  private JsonNode value(
      Operation operation,
      String name,
      JsonNode declared,
      Slots fill,
      TenantFixture values,
      int depth) {
    var schema = operations.resolve(declared);
    var type = schema.path("type").asString("object");
    if (schema.has("enum")) {
      return NODES.stringNode(schema.get("enum").get(0).asString());
    }
    var kind =
        name.isEmpty()
            ? java.util.Optional.<String>empty()
            : ResourceKinds.of(name, operation.path());
    if (kind.isPresent()) {
      var filled = fill.fill(kind.get(), "body");
      return type.equals("integer")
          ? NODES.numberNode(Long.parseLong(filled))
          : NODES.stringNode(filled);
    }
    if (!name.isEmpty() && ResourceKinds.looksLikeAnId(name)) {
      throw new UnmappedId(operation, name);
    }
    return switch (type) {
      case "object" -> object(operation, schema, fill, values, depth);
      case "array" -> {
        var array = NODES.arrayNode();
        if (depth < 4) {
          array.add(
              value(operation, singular(name), schema.path("items"), fill, values, depth + 1));
        }
        yield array;
      }
      case "integer", "number" -> NODES.numberNode(number(name));
      case "boolean" -> NODES.booleanNode(name.equals("active"));
      default -> NODES.stringNode(text(name, schema, values));
    };
  }

  private JsonNode object(
      Operation operation, JsonNode schema, Slots fill, TenantFixture values, int depth) {
    var object = NODES.objectNode();
    if (depth > 4) {
      return object;
    }
    for (var property : schema.path("properties").properties()) {
      if (property.getKey().equals("empty")) {
        continue; // a getter (isEmpty) springdoc lists as a property, not a field to send
      }
      object.set(
          property.getKey(),
          value(operation, property.getKey(), property.getValue(), fill, values, depth + 1));
    }
    return object;
  }

  /**
   * An optional parameter is sent when its name says what it holds (a correction's intent, an
   * idempotency key); times are left to their defaults, which are always consistent.
   */
  private static boolean worthSending(ApiOperations.Parameter parameter) {
    var schema = parameter.schema();
    return parameter.in().equals("header")
        || !schema.path("format").asString("").startsWith("date")
            && !schema.path("type").asString("string").equals("boolean")
            && !text(parameter.name(), schema, null).equals("probe");
  }

  /** A query or header value: a number, a flag or a text, as the schema says. */
  static String scalar(String name, JsonNode schema, TenantFixture values) {
    return switch (schema.path("type").asString("string")) {
      case "integer", "number" -> Long.toString(number(name));
      case "boolean" -> "false";
      default -> text(name, schema, values);
    };
  }

  /** A plausible value for a field by its name; what names cannot tell, a short word. */
  static String text(String name, JsonNode schema, TenantFixture values) {
    var format = schema.path("format").asString("");
    if (format.equals("date-time")) {
      return Instant.now().minusSeconds(3600).toString();
    }
    if (format.equals("date") || name.equals("date")) {
      return values == null ? "2026-01-01" : values.flightDate;
    }
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "status" -> "pending";
      case "visibility" -> "private";
      case "network" -> "x";
      case "presence" -> "available"; // away would release what B's agent owns
      case "timezone" -> "Europe/Paris";
      case "day" -> "monday";
      case "start", "after" -> "08:00";
      case "end", "before" -> "16:00";
      case "password" -> TenantFixture.PASSWORD;
      case "slug", "name", "key", "idempotency-key" ->
          "probe-" + UUID.randomUUID().toString().substring(0, 8);
      case "segmentid", "segment" -> "2";
      case "passengerid" -> "1";
      case "seat" -> "12A";
      case "seats" -> "1:12A";
      case "preference" -> "window";
      case "cabin" -> "economy";
      case "language", "lang" -> "en";
      case "email" -> "probe@example.com";
      case "intent" -> "other";
      case "category" -> "question";
      case "sentiment" -> "neutral";
      case "reason" -> "schedule_change";
      case "target" -> "PT10M";
      case "format" -> "json";
      case "decision" -> "approve";
      case "origin" -> "CDG";
      case "destination" -> "JFK";
      default -> "probe";
    };
  }

  private static long number(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "capacity" -> 3;
      case "limit" -> 10;
      case "hours" -> 1;
      default -> 1;
    };
  }

  private static String singular(String name) {
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }
}
