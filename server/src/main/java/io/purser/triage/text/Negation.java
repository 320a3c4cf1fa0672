package io.purser.triage.text;

import java.util.Set;

/** Words that flip the meaning of the next few words, in the languages triage reads. */
final class Negation {

  private static final Set<String> WORDS =
      Set.of(
          "not", "no", "never", "cannot", "cant", "nothing", "nobody", "none", "nor", "without",
          "ne", "pas", "jamais", "nunca", "nada", "nicht", "kein", "keine", "niet", "geen", "non",
          "não", "nao");

  private Negation() {}

  static boolean isNegation(String token) {
    return WORDS.contains(token) || token.endsWith("n't") || token.endsWith("nt'");
  }
}
