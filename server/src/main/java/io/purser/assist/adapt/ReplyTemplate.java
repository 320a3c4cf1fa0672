package io.purser.assist.adapt;

import io.purser.assist.ReplyContext;
import io.purser.assist.text.ReplyWords;
import io.purser.assist.text.Signatures;
import io.purser.triage.PersonalData;
import io.purser.triage.PersonalDataKind;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agent's reply with everything that belonged to its own conversation taken out: signature,
 * placeholders, and the customer's name, record locator, flight, times and other personal data
 * replaced by slots. {@link #fill(ReplyContext)} writes it for another conversation; {@link #key()}
 * is the same answer whoever it was written for, so near-identical replies group together.
 *
 * @param text the reply with slots such as {@code ⟨name⟩} and {@code ⟨flight⟩}
 * @param key the lower-cased words of {@code text}, slots included: equal for the same answer
 */
public record ReplyTemplate(String text, String key) {

  static final String NAME = "⟨name⟩";
  static final String FLIGHT = "⟨flight⟩";
  static final String TIME = "⟨time⟩";
  static final String RECORD_LOCATOR = "⟨record_locator⟩";

  private static final Pattern NAME_SLOT = Pattern.compile("[ ,]*" + NAME);
  private static final Pattern MENTION = Pattern.compile("@\\w+");
  private static final Pattern OTHER_SLOT = Pattern.compile("⟨([a-z_]+)⟩");

  public ReplyTemplate {
    Objects.requireNonNull(text, "text is required");
    Objects.requireNonNull(key, "key is required");
  }

  /**
   * The template of an agent's reply.
   *
   * @param reply the reply as sent
   * @param personalData what triage found in {@code reply} (positions in {@code reply})
   */
  public static ReplyTemplate of(String reply, List<PersonalData> personalData) {
    StringBuilder masked = new StringBuilder(reply);
    personalData.stream()
        .sorted(Comparator.comparingInt(PersonalData::start).reversed())
        .forEach(p -> masked.replace(p.start(), p.end(), slot(p.kind())));
    String text = MENTION.matcher(Signatures.strip(masked.toString())).replaceAll("");
    text = SourceDetails.FLIGHT_CODE.matcher(text).replaceAll(FLIGHT);
    text = SourceDetails.FLIGHT_AFTER_WORD.matcher(text).replaceAll(FLIGHT);
    text = SourceDetails.TIME.matcher(text).replaceAll(TIME);
    text = names(text);
    return new ReplyTemplate(text, String.join(" ", ReplyWords.of(text)));
  }

  /** The words of the answer, as in {@link #key()}. */
  public List<String> words() {
    return key.isEmpty() ? List.of() : List.of(key.split(" "));
  }

  /** The reply written for the conversation of {@code context}. */
  public String fill(ReplyContext context) {
    String name = context.customerName();
    String out =
        name == null || name.isBlank()
            ? NAME_SLOT.matcher(text).replaceAll("")
            : text.replace(NAME, name.strip());
    out = out.replace(FLIGHT, orSlot(context.flight(), "flight"));
    out = out.replace(RECORD_LOCATOR, orSlot(context.recordLocator(), "confirmation number"));
    Matcher rest = OTHER_SLOT.matcher(out);
    out = rest.replaceAll(m -> "[" + m.group(1).replace('_', ' ') + "]");
    out = out.replaceAll("\\s+([.!?,])", "$1").replaceAll("^[\\s,.!]+", "").strip();
    String signature = context.signature();
    return signature == null || signature.isBlank() ? out : out + " " + signature.strip();
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
    return "⟨" + kind.wireName() + "⟩";
  }

  private static String orSlot(String value, String slot) {
    return value == null || value.isBlank() ? "[" + slot + "]" : value.strip();
  }
}
