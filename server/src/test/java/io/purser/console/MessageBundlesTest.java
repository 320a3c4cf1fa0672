package io.purser.console;

import static org.assertj.core.api.Assertions.assertThat;

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
