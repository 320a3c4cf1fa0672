package io.purser.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.ChangeReason;
import io.purser.airline.domain.SeatPosition;
import io.purser.airline.domain.SegmentStatus;
import io.purser.routing.domain.LoyaltyTier;
import io.purser.routing.domain.Presence;
import io.purser.triage.Category;
import io.purser.triage.Intent;
import io.purser.triage.PersonalDataKind;
import io.purser.triage.Sentiment;
import io.purser.triage.UrgencyLevel;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's bundles in English and French agree: the same keys, the same placeholders, no empty
 * value. A key in one language only shows the other language's text (or the key itself) to the
 * agent; a placeholder missing from a translation drops a name or a number from the sentence.
 */
class MessageBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  /**
   * A key written twice in one file is read as its last value, silently: two parts of the console
   * asking for different words ("economy" in a sentence, "Economy" as a label) would get one.
   */
  @Test
  void noKeyIsWrittenTwiceInABundle() throws java.io.IOException {
    for (var bundle : ConsoleVocabulary.BUNDLES) {
      for (var file : java.util.List.of(bundle + ".properties", bundle + "_fr.properties")) {
        var seen = new java.util.HashSet<String>();
        var twice = new TreeSet<String>();
        try (var in = getClass().getClassLoader().getResourceAsStream(file)) {
          assertThat(in).as(file).isNotNull();
          var text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
          text.lines()
              .map(String::strip)
              .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
              .map(line -> line.substring(0, line.indexOf('=')).strip())
              .filter(key -> !seen.add(key))
              .forEach(twice::add);
        }
        assertThat(twice).as("keys written more than once in %s", file).isEmpty();
      }
    }
  }

  @Test
  void everyKeyHasAnEnglishAndAFrenchText() {
    for (var bundle : ConsoleVocabulary.BUNDLES) {
      var english = ConsoleVocabulary.bundle(bundle + ".properties");
      var french = ConsoleVocabulary.bundle(bundle + "_fr.properties");
      assertThat(missing(english, french))
          .as("keys of %s.properties with no French text in %s_fr.properties", bundle, bundle)
          .isEmpty();
      assertThat(missing(french, english))
          .as("keys of %s_fr.properties with no English text in %s.properties", bundle, bundle)
          .isEmpty();
    }
  }

  @Test
  void translationsKeepEveryPlaceholderAndSaySomething() {
    for (var bundle : ConsoleVocabulary.BUNDLES) {
      var english = ConsoleVocabulary.bundle(bundle + ".properties");
      var french = ConsoleVocabulary.bundle(bundle + "_fr.properties");
      english.forEach(
          (key, value) -> {
            assertThat(value).as("%s in %s.properties", key, bundle).isNotBlank();
            if (french.containsKey(key)) {
              assertThat(french.get(key)).as("%s in %s_fr.properties", key, bundle).isNotBlank();
              assertThat(placeholders(french.get(key)))
                  .as("the placeholders of %s in French and in English", key)
                  .isEqualTo(placeholders(value));
            }
          });
    }
  }

  @Test
  void theEnglishVocabularyLeavesOutWordsFrenchUsesToo() {
    var vocabulary = ConsoleVocabulary.load();
    // "Sign in" / "Se connecter": English only.
    assertThat(vocabulary.isEnglish("Sign")).isTrue();
    assertThat(vocabulary.keyOf("sign")).startsWith("login.");
    // Written the same in both languages, or used by a French text: not evidence of English.
    assertThat(vocabulary.isEnglish("Purser")).isFalse();
    assertThat(vocabulary.isEnglish("Agent")).isFalse();
    assertThat(vocabulary.isEnglish("SLA")).isFalse();
    assertThat(vocabulary.englishWordsIn("Conversations, priorité la plus haute d’abord"))
        .isEmpty();
    assertThat(vocabulary.englishWordsIn("Retour aux conversations · Sign out"))
        .containsExactly("Sign", "out");
  }

  /** Every value of an enum the console shows has its words: none reaches a page as a code. */
  @Test
  void everyValueTheConsoleShowsHasItsWords() {
    var english = ConsoleVocabulary.bundle("messages.properties");
    var shown =
        Map.<String, Class<? extends Enum<?>>>ofEntries(
            Map.entry("intent.", Intent.class),
            Map.entry("category.", Category.class),
            Map.entry("sentiment.", Sentiment.class),
            Map.entry("urgency.", UrgencyLevel.class),
            Map.entry("pii.", PersonalDataKind.class),
            Map.entry("presence.", Presence.class),
            Map.entry("loyalty.", LoyaltyTier.class),
            Map.entry("booking.cabin.", Cabin.class),
            Map.entry("booking.reason.", ChangeReason.class),
            Map.entry("booking.status.", SegmentStatus.class),
            Map.entry("booking.position.", SeatPosition.class));
    shown.forEach(
        (prefix, type) -> {
          for (var value : type.getEnumConstants()) {
            var name = ((Enum<?>) value).name();
            var key =
                prefix + (prefix.startsWith("booking.") ? name : name.toLowerCase(Locale.ROOT));
            assertThat(english)
                .as("the words of %s.%s", type.getSimpleName(), name)
                .containsKey(key);
          }
        });
  }

  private static Set<String> missing(Map<String, String> from, Map<String, String> in) {
    var keys = new TreeSet<>(from.keySet());
    keys.removeAll(in.keySet());
    return keys;
  }

  private static Set<String> placeholders(String value) {
    var found = new TreeSet<String>();
    PLACEHOLDER.matcher(value).results().forEach(m -> found.add(m.group(1)));
    return found;
  }
}
