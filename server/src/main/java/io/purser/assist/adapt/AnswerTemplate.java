package io.purser.assist.adapt;

import io.purser.assist.ReplyContext;
import io.purser.assist.text.ReplyWords;
import io.purser.assist.text.Signatures;
import io.purser.reply.ReplyTemplate;
import io.purser.triage.PersonalData;
import io.purser.triage.PersonalDataKind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agent's reply with everything that belonged to its own conversation taken out: signature,
 * placeholders, and the customer's name, record locator, flight, times and other personal data
 * replaced by the variables saved replies use ({@code {customer_name}}, {@code {record_locator}},
 * {@code {flight}}, {@code {time}}, {@code {phone}}, …). {@link #fill(ReplyContext)} writes it for
 * another conversation the way a saved reply is filled ({@link ReplyTemplate}); {@link #key()} is
 * the same answer whoever it was written for, so near-identical replies group together.
 *
 * @param text the reply with variables in braces
 * @param key the lower-cased words of {@code text}, variables included: equal for the same answer
 */
public record AnswerTemplate(String text, String key) {

  static final String NAME = "{customer_name}";
  static final String FLIGHT = "{flight}";
  static final String TIME = "{time}";

  private static final Pattern NAME_SLOT = Pattern.compile("[ ,]*\\{customer_name}");
  private static final Pattern VARIABLE = Pattern.compile("\\{([a-z_]+)}");
  private static final Pattern MENTION = Pattern.compile("@\\w+");

  public AnswerTemplate {
    Objects.requireNonNull(text, "text is required");
    Objects.requireNonNull(key, "key is required");
  }

  /**
   * The template of an agent's reply.
   *
   * @param reply the reply as sent
   * @param personalData what triage found in {@code reply} (positions in {@code reply})
   */
  public static AnswerTemplate of(String reply, List<PersonalData> personalData) {
    StringBuilder masked = new StringBuilder(reply);
    personalData.stream()
        .sorted(Comparator.comparingInt(PersonalData::start).reversed())
        .forEach(p -> masked.replace(p.start(), p.end(), slot(p.kind())));
    String text = MENTION.matcher(Signatures.strip(masked.toString())).replaceAll("");
    text = SourceDetails.FLIGHT_CODE.matcher(text).replaceAll(FLIGHT);
    text = SourceDetails.FLIGHT_AFTER_WORD.matcher(text).replaceAll(FLIGHT);
    text = SourceDetails.TIME.matcher(text).replaceAll(TIME);
    text = names(text);
    // A variable is one word of the key, as the detail it stands for mostly is.
    String oneWordVariables = VARIABLE.matcher(text).replaceAll(m -> m.group(1).replace("_", ""));
    return new AnswerTemplate(text, String.join(" ", ReplyWords.of(oneWordVariables)));
  }

  /** The words of the answer, as in {@link #key()}. */
  public List<String> words() {
    return key.isEmpty() ? List.of() : List.of(key.split(" "));
  }

  /**
   * The reply written for the conversation of {@code context}: its details filled in, the agent's
   * signature appended; an unknown name is left out (the reply reads well without it), another
   * unknown detail stays as its variable for the agent to fill, as in a saved reply.
   */
  public String fill(ReplyContext context) {
    String name = context.customerName();
    Map<String, String> values = new HashMap<>();
    values.put("customer_name", name);
    values.put("flight", context.flight());
    values.put("record_locator", context.recordLocator());
    values.put("brand", context.brand());
    String out = name == null || name.isBlank() ? NAME_SLOT.matcher(text).replaceAll("") : text;
    out = ReplyTemplate.fill(out, values);
    out = out.replaceAll("\\s+([.!?,])", "$1").replaceAll("^[\\s,.!]+", "").strip();
    String signature = context.signature();
    return signature == null || signature.isBlank()
        ? out
        : ReplyTemplate.signed(out, " " + signature.strip());
  }

  private static String names(String text) {
    Matcher m = SourceDetails.NAME_ADDRESSED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String separator = text.substring(m.start(), m.start(1));
      m.appendReplacement(out, Matcher.quoteReplacement(separator + NAME));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String slot(PersonalDataKind kind) {
    return "{" + kind.wireName() + "}";
  }
}
