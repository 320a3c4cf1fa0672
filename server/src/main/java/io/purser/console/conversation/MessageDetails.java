package io.purser.console.conversation;

import io.purser.console.conversation.ConversationScreen.TriageFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON stored with a message (its attachments and its triage result) into lines the
 * console can show. It tolerates shapes it does not know: triage grows, and an agent should still
 * see what is there.
 */
@Component
public class MessageDetails {

  /** A file or link the customer sent: an image, a video, a quoted post, a location … */
  record Attachment(String type, String url, String caption) {}

  // Shown elsewhere, or of no use to an agent at a glance.
  private static final Set<String> HIDDEN_TRIAGE_FIELDS = Set.of("brandActions", "maskedText");

  private final JsonMapper json;

  MessageDetails(JsonMapper json) {
    this.json = json;
  }

  List<Attachment> attachments(String stored) {
    var root = parse(stored);
    if (root == null || !root.isArray()) {
      return List.of();
    }
    var attachments = new ArrayList<Attachment>();
    for (JsonNode a : root) {
      attachments.add(new Attachment(text(a, "type"), text(a, "url"), text(a, "caption")));
    }
    return attachments;
  }

  List<TriageFact> triage(String stored) {
    var root = parse(stored);
    if (root == null || !root.isObject()) {
      return List.of();
    }
    var facts = new ArrayList<TriageFact>();
    for (var field : root.properties()) {
      var value = describe(field.getValue());
      if (!HIDDEN_TRIAGE_FIELDS.contains(field.getKey()) && !value.isEmpty()) {
        facts.add(new TriageFact(field.getKey(), value, keys(field.getKey(), field.getValue())));
      }
    }
    return facts;
  }

  /**
   * The message keys of a triage value's words: the intent, category, sentiment, urgency (level and
   * reason), whether it needs a response, the kinds of personal data. Other fields are shown as
   * stored.
   */
  private static List<String> keys(String field, JsonNode value) {
    return switch (field) {
      case "intent", "category", "sentiment" ->
          value.isValueNode() ? List.of(field + "." + lower(value.asString())) : List.of();
      case "urgency" -> {
        var keys = new ArrayList<String>();
        var level = value.isObject() ? value.get("level") : value;
        if (level != null && level.isValueNode()) {
          keys.add("urgency." + lower(level.asString()));
        }
        var reason = value.isObject() ? text(value, "reason") : null;
        if (reason != null && !reason.isBlank()) {
          keys.add("urgency.reason." + lower(reason));
        }
        yield keys;
      }
      case "needsResponse" ->
          value.isBoolean()
              ? List.of(value.asBoolean() ? "correction.yes" : "correction.no")
              : List.of();
      case "personalData" -> {
        var keys = new ArrayList<String>();
        for (JsonNode found : value) {
          var kind = found.isObject() ? text(found, "kind") : null;
          if (kind != null && !keys.contains("pii." + lower(kind))) {
            keys.add("pii." + lower(kind));
          }
        }
        yield keys;
      }
      default -> List.of();
    };
  }

  private static String lower(String value) {
    return value.toLowerCase(java.util.Locale.ROOT);
  }

  /** The record locator the customer gave last in these messages, or null. */
  public String latestRecordLocator(List<io.purser.conversation.MessageView> messages) {
    String latest = null;
    for (var m : messages) {
      var found = m.isInbound() ? recordLocator(m.triage()) : null;
      latest = found == null ? latest : found;
    }
    return latest;
  }

  /** The first record locator triage found in a message (as shown to agents), or null. */
  String recordLocator(String storedTriage) {
    var root = parse(storedTriage);
    var found = root == null ? null : root.get("personalData");
    if (found == null || !found.isArray()) {
      return null;
    }
    for (JsonNode item : found) {
      if ("record_locator".equals(text(item, "kind"))) {
        return text(item, "masked");
      }
    }
    return null;
  }

  /**
   * A piece of a message's text: plain, or a record locator the agent can open the booking of.
   *
   * @param locator the record locator, upper case, when this piece is one; else null
   */
  record TextPart(String text, String locator) {}

  /**
   * The text cut around the record locators triage found in it, so each becomes a link. A span that
   * does not match the stored text (it was triaged before a mask changed it) is looked up by its
   * value instead, and a locator not found in the text is left out rather than guessed.
   */
  List<TextPart> parts(String text, String storedTriage) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    var root = parse(storedTriage);
    var found = root == null ? null : root.get("personalData");
    var spans = new java.util.TreeMap<Integer, Integer>();
    if (found != null && found.isArray()) {
      for (JsonNode item : found) {
        if (!"record_locator".equals(text(item, "kind"))) {
          continue;
        }
        var locator = text(item, "masked");
        int start = item.path("start").asInt(-1);
        int end = item.path("end").asInt(-1);
        if (locator == null) {
          continue;
        }
        if (start < 0
            || end > text.length()
            || end <= start
            || !text.substring(start, end).equalsIgnoreCase(locator)) {
          start = indexIgnoringCase(text, locator);
          end = start + locator.length();
        }
        if (start >= 0) {
          spans.putIfAbsent(start, end);
        }
      }
    }
    var parts = new ArrayList<TextPart>();
    int at = 0;
    for (var span : spans.entrySet()) {
      if (span.getKey() < at) {
        continue; // overlaps the one before
      }
      if (span.getKey() > at) {
        parts.add(new TextPart(text.substring(at, span.getKey()), null));
      }
      var value = text.substring(span.getKey(), span.getValue());
      parts.add(new TextPart(value, value.toUpperCase(java.util.Locale.ROOT)));
      at = span.getValue();
    }
    if (at < text.length()) {
      parts.add(new TextPart(text.substring(at), null));
    }
    return parts;
  }

  /** The kinds of personal data triage found in the message ("record_locator", …), each once. */
  List<String> personalDataKinds(String storedTriage) {
    var root = parse(storedTriage);
    var found = root == null ? null : root.get("personalData");
    if (found == null || !found.isArray()) {
      return List.of();
    }
    var kinds = new java.util.LinkedHashSet<String>();
    for (JsonNode item : found) {
      var kind = text(item, "kind");
      if (kind != null) {
        kinds.add(kind.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return List.copyOf(kinds);
  }

  /** The language triage found the message in ("en", "fr", …), or null. */
  public String language(String storedTriage) {
    var root = parse(storedTriage);
    return root == null || !root.isObject() ? null : text(root, "language");
  }

  /**
   * Where {@code part} first occurs, case aside, in the text's own offsets (upper-casing the text
   * first would move them: "ß" becomes "SS"); -1 when it does not.
   */
  private static int indexIgnoringCase(String text, String part) {
    for (int i = 0; i + part.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return i;
      }
    }
    return -1;
  }

  /** What triage said a message's intent, category and need of a response were. */
  record Triaged(String intent, String category, Boolean needsResponse) {}

  Triaged triaged(String storedTriage) {
    var root = parse(storedTriage);
    if (root == null || !root.isObject()) {
      return new Triaged(null, null, null);
    }
    var needs = root.get("needsResponse");
    return new Triaged(
        text(root, "intent"),
        text(root, "category"),
        needs == null || needs.isNull() ? null : needs.asBoolean());
  }

  /** A value as one line: scalars as they are, objects and lists joined. */
  private static String describe(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isValueNode()) {
      return value.asString();
    }
    var parts = new ArrayList<String>();
    for (JsonNode part : value) {
      // A list of objects (personal data found) reads best as the kinds found.
      var shown = part.isObject() && part.has("kind") ? part.get("kind") : part;
      var text = describe(shown);
      if (!text.isEmpty()) {
        parts.add(text);
      }
    }
    return String.join(value.isArray() ? "; " : " — ", parts);
  }

  private JsonNode parse(String stored) {
    if (stored == null || stored.isBlank()) {
      return null;
    }
    try {
      return json.readTree(stored);
    } catch (JacksonException unreadable) {
      // Stored by our own pipeline, so unreadable JSON means a bug there, not bad input here.
      throw new IllegalStateException("a message's stored JSON cannot be read", unreadable);
    }
  }

  private static String text(JsonNode node, String field) {
    var value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
