package io.purser.security;

import io.purser.testing.Api;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ways a request body goes wrong, each drawn from a random: cut short, nested deep, grown near and
 * past the 1 MiB limit, a field of the wrong type, odd Unicode (right-to-left marks, joiners, lone
 * surrogates written as JSON escapes, NUL), bytes that are not UTF-8, a key given twice, random
 * bytes. Each works on a real payload, so what follows the broken part is still a real delivery.
 */
final class Mutations {

  static final int MIB = 1024 * 1024;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Strings no parser or database should choke on. */
  static final List<String> ODD_TEXTS =
      List.of(
          "\u202Eevil\u202C rtl",
          "שלום עולם مرحبا",
          "👩‍👩‍👧‍👦 family",
          "e\u0301\u0301\u0301 combining",
          "nul \u0000 inside",
          "\uFEFF bom",
          "\uFFFF\uFFFE nonchars",
          "𝕏 astral 😀",
          "'; drop table message; --",
          "<script>alert(1)</script>",
          "%s%n%x {0} ${jndi:ldap://x}",
          "a".repeat(70_000));

  /** JSON escapes that decode to lone surrogates or NUL: valid JSON, impossible UTF-16. */
  static final List<String> ODD_ESCAPES =
      List.of("\\ud800", "\\udfff", "\\ud800\\ud800", "x\\u0000y", "\\udbff\\ud800", "\\u202e");

  private Mutations() {}

  /** One mutation of a JSON payload, named for the report. */
  record Mutated(String kind, byte[] body) {}

  static Mutated mutate(byte[] payload, SplittableRandom random) {
    return switch (random.nextInt(11)) {
      case 0 -> new Mutated("truncated", truncate(payload, random));
      case 1 -> new Mutated("nested", nested(random));
      case 2 -> new Mutated("wrong type", wrongType(payload, random));
      case 3 -> new Mutated("odd unicode", oddText(payload, random));
      case 4 -> new Mutated("odd escape", oddEscape(payload, random));
      case 5 -> new Mutated("invalid utf-8", invalidUtf8(payload, random));
      case 6 -> new Mutated("duplicate key", duplicateKey(payload, random));
      case 7 -> new Mutated("nul byte", insert(payload, random, new byte[] {0}));
      case 8 -> new Mutated("random bytes", randomBytes(random));
      case 9 -> new Mutated("field removed", removeField(payload, random));
      default -> new Mutated("wrong type twice", wrongType(wrongType(payload, random), random));
    };
  }

  /** A body of about {@code size} bytes: the payload with a long string added to it. */
  static byte[] grown(byte[] payload, int size) {
    var tree = tree(payload);
    if (!(tree instanceof ObjectNode object)) {
      return payload;
    }
    object.put("padding", "");
    int room = Math.max(0, size - bytes(object).length);
    object.put("padding", "x".repeat(room));
    return bytes(object);
  }

  static byte[] truncate(byte[] payload, SplittableRandom random) {
    int cut = payload.length <= 1 ? 0 : random.nextInt(payload.length - 1);
    return java.util.Arrays.copyOf(payload, cut);
  }

  static byte[] nested(SplittableRandom random) {
    int depth = List.of(100, 1_000, 5_000, 50_000).get(random.nextInt(4));
    var object = random.nextBoolean();
    var text = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      text.append(object ? "{\"a\":" : "[");
    }
    text.append("1");
    for (int i = 0; i < depth; i++) {
      text.append(object ? "}" : "]");
    }
    if (!object) {
      return ("{\"entry\":" + text + ",\"for_user_id\":" + text + "}")
          .getBytes(StandardCharsets.UTF_8);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] wrongType(byte[] payload, SplittableRandom random) {
    var tree = tree(payload);
    var holders = holders(tree);
    if (holders.isEmpty()) {
      return payload;
    }
    var holder = holders.get(random.nextInt(holders.size()));
    var replacement = wrongValue(random);
    if (holder instanceof ObjectNode object) {
      var names = new ArrayList<String>(object.propertyNames());
      if (!names.isEmpty()) {
        object.set(names.get(random.nextInt(names.size())), replacement);
      }
    } else if (holder instanceof ArrayNode array && !array.isEmpty()) {
      array.set(random.nextInt(array.size()), replacement);
    }
    return bytes(tree);
  }

  static JsonNode wrongValue(SplittableRandom random) {
    return switch (random.nextInt(12)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextLong());
      case 3 -> NODES.numberNode(-1);
      case 4 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
      case 5 -> NODES.numberNode(3.14);
      case 6 -> NODES.stringNode("");
      case 7 -> NODES.stringNode(ODD_TEXTS.get(random.nextInt(ODD_TEXTS.size())));
      case 8 -> NODES.arrayNode().add(1).add("two").addNull();
      case 9 -> NODES.objectNode().put("unexpected", true);
      case 10 -> NODES.stringNode("99999999999999999999999999");
      default -> NODES.arrayNode();
    };
  }

  static byte[] oddText(byte[] payload, SplittableRandom random) {
    var tree = tree(payload);
    var holders = holders(tree);
    for (var holder : holders) {
      if (holder instanceof ObjectNode object) {
        for (var name : new ArrayList<String>(object.propertyNames())) {
          if (object.get(name).isString() && random.nextInt(3) == 0) {
            object.put(name, ODD_TEXTS.get(random.nextInt(ODD_TEXTS.size())));
          }
        }
      }
    }
    return bytes(tree);
  }

  /** Replaces the inside of a random string literal with an escape no UTF-16 string can hold. */
  static byte[] oddEscape(byte[] payload, SplittableRandom random) {
    var text = new String(payload, StandardCharsets.UTF_8);
    var quotes = new ArrayList<Integer>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
        quotes.add(i);
      }
    }
    if (quotes.size() < 2) {
      return payload;
    }
    int pair = random.nextInt(quotes.size() / 2) * 2;
    int open = quotes.get(pair);
    var escape = ODD_ESCAPES.get(random.nextInt(ODD_ESCAPES.size()));
    return (text.substring(0, open + 1) + escape + text.substring(open + 1))
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] invalidUtf8(byte[] payload, SplittableRandom random) {
    var bad =
        List.of(
            new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82});
    return insertInString(payload, random, bad.get(random.nextInt(bad.size())));
  }

  /** Writes one key of an object twice, the second time with another value. */
  static byte[] duplicateKey(byte[] payload, SplittableRandom random) {
    var text = new String(payload, StandardCharsets.UTF_8);
    var keys = new ArrayList<Integer>();
    for (int i = 1; i < text.length(); i++) {
      if (text.charAt(i) == '"' && (text.charAt(i - 1) == '{' || text.charAt(i - 1) == ',')) {
        keys.add(i);
      }
    }
    if (keys.isEmpty()) {
      return payload;
    }
    int at = keys.get(random.nextInt(keys.size()));
    int end = text.indexOf('"', at + 1);
    var key = text.substring(at, end + 1);
    var value = wrongValue(random).toString();
    return (text.substring(0, at) + key + ":" + value + "," + text.substring(at))
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] removeField(byte[] payload, SplittableRandom random) {
    var tree = tree(payload);
    var objects = holders(tree).stream().filter(JsonNode::isObject).toList();
    if (objects.isEmpty()) {
      return payload;
    }
    var object = (ObjectNode) objects.get(random.nextInt(objects.size()));
    var names = new ArrayList<String>(object.propertyNames());
    if (!names.isEmpty()) {
      object.remove(names.get(random.nextInt(names.size())));
    }
    return bytes(tree);
  }

  static byte[] randomBytes(SplittableRandom random) {
    var bytes = new byte[random.nextInt(1, 400)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    if (random.nextBoolean()) {
      bytes[0] = '{';
    }
    return bytes;
  }

  static byte[] insert(byte[] payload, SplittableRandom random, byte[] extra) {
    return insertInString(payload, random, extra);
  }

  private static byte[] insertInString(byte[] payload, SplittableRandom random, byte[] extra) {
    var positions = new ArrayList<Integer>();
    for (int i = 0; i < payload.length; i++) {
      if (payload[i] == '"') {
        positions.add(i + 1);
      }
    }
    int at = positions.isEmpty() ? 0 : positions.get(random.nextInt(positions.size()));
    var out = new ByteArrayOutputStream();
    out.write(payload, 0, at);
    out.write(extra, 0, extra.length);
    out.write(payload, at, payload.length - at);
    return out.toByteArray();
  }

  /** Every object and array in the tree, the root first. */
  static List<JsonNode> holders(JsonNode root) {
    var found = new ArrayList<JsonNode>();
    var pending = new java.util.ArrayDeque<JsonNode>();
    if (root != null) {
      pending.add(root);
    }
    while (!pending.isEmpty()) {
      var node = pending.poll();
      if (node.isObject() || node.isArray()) {
        found.add(node);
        node.values().forEach(pending::add);
      }
    }
    return found;
  }

  static JsonNode tree(byte[] payload) {
    try {
      return Api.JSON.readTree(payload);
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  static byte[] bytes(JsonNode node) {
    return node == null ? new byte[0] : node.toString().getBytes(StandardCharsets.UTF_8);
  }
}
