package io.purser.reply;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a saved reply's variables ({@code {customer_name}}, …) and appends an agent's signature in
 * the brand's style. A variable with no value is left as written, so the agent sees what is missing
 * instead of sending a reply with a hole in it.
 */
public final class ReplyTemplate {

  private static final Pattern VARIABLE = Pattern.compile("\\{([a-z_]+)}");

  private ReplyTemplate() {}

  public static String fill(String template, Map<String, String> values) {
    Matcher m = VARIABLE.matcher(template);
    var filled = new StringBuilder();
    while (m.find()) {
      var value = values.get(m.group(1));
      m.appendReplacement(
          filled, Matcher.quoteReplacement(value == null || value.isBlank() ? m.group() : value));
    }
    m.appendTail(filled);
    return filled.toString();
  }

  /**
   * The brand's signature line for an agent: the style with {@code {signature}} replaced, e.g.
   * {@code " ^{signature}"} gives {@code " ^AB"} for an agent who signs {@code AB} or {@code ^AB};
   * empty when the agent has no signature.
   */
  public static String signature(String style, String agentSignature) {
    if (agentSignature == null || agentSignature.isBlank()) {
      return "";
    }
    // Agents' signatures are stored as they sign ("^AB") or bare ("AB"): the style adds the mark.
    var initials = agentSignature.strip().replaceFirst("^[^\\p{L}\\p{N}]+", "");
    return initials.isEmpty() ? "" : style.replace("{signature}", initials);
  }

  /** The text with the signature appended, unless the agent already ended with it. */
  public static String signed(String text, String signatureLine) {
    var body = text.stripTrailing();
    if (signatureLine.isEmpty() || body.endsWith(signatureLine.strip())) {
      return body;
    }
    return body + signatureLine;
  }
}
