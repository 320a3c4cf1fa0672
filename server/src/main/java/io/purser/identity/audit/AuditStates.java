package io.purser.identity.audit;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A target's state as JSON for the audit log, with every secret-looking field redacted. */
@Component
public class AuditStates {

  static final String REDACTED = "[redacted]";
  static final int MAX_CHARS = 100_000;
  private static final Pattern SECRET =
      Pattern.compile(".*(password|secret|token|credential|private.?key|hash)$");

  private final JsonMapper json = JsonMapper.builder().build();

  public String json(Object state) {
    if (state == null) {
      return null;
    }
    var tree = tree(state);
    redact(tree);
    var text = json.writeValueAsString(tree);
    if (text.length() > MAX_CHARS) {
      return "{\"truncated\":true,\"chars\":" + text.length() + "}";
    }
    return text;
  }

  /** A state handed over as JSON text (as some modules keep it) is recorded as that JSON. */
  private JsonNode tree(Object state) {
    if (state instanceof String text && (text.startsWith("{") || text.startsWith("["))) {
      try {
        return json.readTree(text);
      } catch (tools.jackson.core.JacksonException notJson) {
        return json.valueToTree(text);
      }
    }
    return json.valueToTree(state);
  }

  private static void redact(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (var name : java.util.List.copyOf(object.propertyNames())) {
        if (SECRET.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
          object.put(name, REDACTED);
        } else {
          redact(object.get(name));
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(AuditStates::redact);
    }
  }
}
