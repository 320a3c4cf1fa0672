package io.purser.triage.decision;

import io.purser.triage.text.PhraseSet;
import java.util.List;
import java.util.Set;

/**
 * Words and phrases that show what a message asks for, in the languages triage reads. Phrases are
 * matched at word starts of the lower-cased text, so " can i " does not match inside "pecan is".
 */
final class Cues {

  static final Set<String> REQUEST_WORDS =
      Set.of(
          "please",
          "pls",
          "plz",
          "help",
          "dm",
          "dming",
          "assist",
          "assistance",
          "need",
          "needs",
          "fix",
          "svp",
          "aide",
          "aidez",
          "besoin",
          "ayuda",
          "ayúdenme",
          "necesito",
          "bitte",
          "hilfe",
          "brauche",
          "aiuto",
          "favore",
          "ajuda",
          "preciso",
          "alstublieft",
          "graag",
          "helfen",
          "ayuden",
          "ajudem",
          "aiutatemi",
          "ساعدوني",
          "مساعدة",
          "أرجو",
          "ارجو",
          "فضلك",
          "فضلكم",
          "أحتاج",
          "احتاج",
          "محتاج");
  static final PhraseSet REQUEST_PHRASES =
      phrases(
          " can you ",
          " could you ",
          " can i ",
          " can we ",
          " how do i ",
          " how can ",
          " want to ",
          " would like ",
          " let me know ",
          " call me ",
          " contact me ",
          " follow back ",
          " any update",
          " where is ",
          " when will ",
          " what is ",
          " is there ",
          " por favor ",
          " s'il vous ",
          " pouvez-vous ",
          " puede ",
          " können sie ",
          " per favore ");
  static final Set<String> QUESTION_STARTS =
      Set.of(
          "how",
          "what",
          "when",
          "where",
          "why",
          "who",
          "which",
          "is",
          "are",
          "can",
          "could",
          "do",
          "does",
          "did",
          "will",
          "would",
          "should",
          "comment",
          "pourquoi",
          "quand",
          "où",
          "cómo",
          "como",
          "qué",
          "que",
          "cuándo",
          "dónde",
          "por",
          "wie",
          "warum",
          "wann",
          "wo",
          "perché",
          "quando",
          "dove",
          "hoe",
          "waarom",
          "wanneer",
          "waar");
  static final Set<String> SPAM_WORDS =
      Set.of(
          "giveaway",
          "subscribe",
          "bitcoin",
          "crypto",
          "followers",
          "porn",
          "xxx",
          "casino",
          "viagra",
          "forex",
          "onlyfans",
          "promo",
          "earn",
          "winner");
  static final PhraseSet SPAM_PHRASES =
      phrases(" follow me ", " check out my ", " click here ", " click the link ", " dm me for ");

  private Cues() {}

  static PhraseSet phrases(String... phrases) {
    return new PhraseSet(List.of(phrases));
  }

  static boolean anyWord(List<String> tokens, Set<String> words) {
    for (String token : tokens) {
      if (words.contains(token)) {
        return true;
      }
    }
    return false;
  }

  static int countWords(List<String> tokens, Set<String> words) {
    int count = 0;
    for (String token : tokens) {
      if (words.contains(token)) {
        count++;
      }
    }
    return count;
  }
}
