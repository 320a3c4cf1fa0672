package io.purser.assist.summary;

import io.purser.triage.Intent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sentences of the customer's messages that say what they want: a question or a request, about
 * the topic triage found (or at least about the trip), of a readable length. Later sentences win
 * ties: the latest ask is the one still open.
 */
final class KeySentences {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
  private static final Pattern NOISE =
      Pattern.compile("__\\w+__|@\\w+|https?://\\S+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern ASKING =
      Pattern.compile(
          "\\b(?:can you|could you|please|pls|help|need|want|would like|i'd like|how do|how can"
              + "|is there|any (?:news|update|idea)|why|when|where|what)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Map<Intent, Pattern> TOPICS =
      Map.ofEntries(
          topic(Intent.DELAY, "delay\\w*|late|waiting|divert\\w*"),
          topic(Intent.CANCELLATION, "cancel\\w*"),
          topic(Intent.REBOOKING, "rebook\\w*|new flight|change\\w*|connection|missed"),
          topic(Intent.BAGGAGE_LOST, "bag\\w*|luggage|suitcase"),
          topic(Intent.BAGGAGE_DAMAGED, "damage\\w*|broken|bag\\w*|luggage"),
          topic(Intent.REFUND, "refund\\w*|money back|reimburs\\w*"),
          topic(Intent.BOOKING, "book\\w*|reservation|ticket\\w*|fare"),
          topic(Intent.CHECK_IN, "check.?in|boarding pass"),
          topic(Intent.SEAT, "seat\\w*|upgrade\\w*"),
          topic(Intent.LOYALTY, "miles|status|medallion|points|avios|member\\w*"),
          topic(Intent.SPECIAL_ASSISTANCE, "wheelchair|assistance|disab\\w*"),
          topic(Intent.CREW, "crew|attendant\\w*|pilot|captain"),
          topic(Intent.INFLIGHT, "wi-?fi|food|meal|entertainment|snack\\w*"),
          topic(Intent.AIRPORT, "gate|security|lounge|airport|terminal"),
          topic(Intent.CUSTOMER_SERVICE, "call\\w*|hold|agent|phone|service"));
  // "Pretty please?!?" asks, but says nothing an agent taking over can act on.
  private static final int FEWEST_WORDS = 4;
  private static final int LONGEST = 240;

  private KeySentences() {}

  /** Up to {@code limit} key sentences of the customer's texts, in the order they were written. */
  static List<String> of(List<String> customerTexts, Intent intent, int limit) {
    var scored = new ArrayList<Scored>();
    for (String text : customerTexts) {
      for (String part : SENTENCE_END.split(NOISE.matcher(text).replaceAll(" "))) {
        String sentence = part.strip().replaceAll("\\s+", " ");
        if (sentence.split(" ").length >= FEWEST_WORDS) {
          scored.add(new Scored(scored.size(), sentence, score(sentence, intent)));
        }
      }
    }
    return scored.stream()
        .sorted(Comparator.comparingInt(Scored::score).thenComparingInt(Scored::order).reversed())
        .limit(limit)
        .sorted(Comparator.comparingInt(Scored::order))
        .map(Scored::sentence)
        .toList();
  }

  private static int score(String sentence, Intent intent) {
    int score = sentence.length() <= LONGEST ? 1 : 0;
    score += sentence.contains("?") ? 2 : 0;
    score += ASKING.matcher(sentence).find() ? 2 : 0;
    String lower = sentence.toLowerCase(Locale.ROOT);
    Pattern topic = intent == null ? null : TOPICS.get(intent);
    if (topic != null && topic.matcher(lower).find()) {
      score += 2;
    } else if (TOPICS.values().stream().anyMatch(other -> other.matcher(lower).find())) {
      score += 1; // about the trip, if not about what triage read first
    }
    return score;
  }

  private static Map.Entry<Intent, Pattern> topic(Intent intent, String words) {
    return Map.entry(intent, Pattern.compile("\\b(?:" + words + ")\\b"));
  }

  private record Scored(int order, String sentence, int score) {}
}
