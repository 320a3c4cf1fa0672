package io.purser.demo.sandbox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The JSON of the sandbox's requests and answers, as both networks' APIs read and write it. */
final class SandboxJson {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SandboxJson() {}

  /** A string field; null when the node or the field is missing or the value is not a string. */
  static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    var value = node.get(field);
    return value == null || !value.isString() ? null : value.asString();
  }
}
