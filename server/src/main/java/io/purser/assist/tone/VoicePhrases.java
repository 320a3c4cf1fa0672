package io.purser.assist.tone;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The phrases of blame, argument, apology and thanks for praise in English and French. Measured on
 * real airline replies ({@code ToneFalsePositivesTest}): "you should have" alone is mostly helpful
 * ("you should have received an e-mail"), so blame needs the verb of a missed duty after it.
 */
final class VoicePhrases {

  private static final String DUTY =
      "(?:known|read|checked|booked|called|arrived|listened|paid attention|bought|purchased"
          + "|asked|planned|looked|followed|come|gone|left|printed)";

  static final Pattern BLAME =
      Phrases.anyOf(
          List.of(
              "(?:it's|it is|that's|that is|this is) (?:all |entirely |completely )?your (?:own )?fault",
              "you should(?:n't| not)? have " + DUTY,
              "you should've " + DUTY,
              "you (?:failed|forgot|neglected) to",
              "you (?:didn't|did not) (?:read|check|follow|listen)",
              "if you had (?:read|checked|listened|followed|arrived|booked)",
              "you were (?:supposed|told|warned) to",
              "c'est (?:de )?(?:votre|ta) faute",
              "vous auriez (?:dû|du)",
              "vous n'aviez qu'à",
              "vous avez oublié de",
              "si vous aviez (?:lu|vérifié|réservé)"));

  static final Pattern ARGUMENT =
      Phrases.anyOf(
          List.of(
              "as (?:i|we) (?:have )?(?:already )?(?:said|mentioned|stated|explained|told you)",
              "like (?:i|we) (?:already )?said",
              "(?:i|we) already told you",
              "(?:that's|that is|this is) (?:simply )?(?:not true|untrue|false)",
              "you(?:'re| are) (?:wrong|mistaken)",
              "(?:it's|it is|that's|that is) not our (?:fault|problem)",
              "calm down",
              "with all due respect",
              "no need to (?:be rude|shout|yell)",
              "read (?:our|my) (?:previous |last )?(?:tweet|message|reply)",
              "comme (?:je|nous) (?:l'|vous l')?(?:ai|avons) (?:déjà )?(?:dit|expliqué)",
              "ce n'est pas (?:de )?notre faute",
              "vous avez tort",
              "calmez-vous",
              "ce n'est pas vrai"));

  static final Pattern APOLOGY =
      Phrases.anyOf(
          List.of(
              "sorry",
              "apolog\\w*",
              "regret\\w*",
              "oh no",
              "(?:sad|unfortunate|disappointing|concerning|frustrating) to hear",
              "not the (?:experience|service) (?:we|you)",
              "(?:we|i) (?:completely |totally |certainly )?understand",
              "(?:thank you|thanks) for your (?:patience|understanding)",
              "appreciate your (?:patience|understanding)",
              "(?:concerned|sad|sorry) to (?:hear|see|read|learn)",
              "taking this (?:matter )?seriously",
              "(?:understandably|understandable|frustrating|disappointing|inconvenien\\w*)",
              "désolée?s?",
              "excus\\w*",
              "navrée?s?",
              "regrett\\w*",
              "pardon"));

  /**
   * A reply to praise. Triage reads some praise as complaints (sarcasm and praise share words); a
   * reply that thanks for kind words shows the agent read the customer right, so no apology is due.
   */
  static final Pattern ANSWERING_PRAISE =
      Phrases.anyOf(
          List.of(
              "(?:glad|happy|great|good|nice|awesome|wonderful|love) to (?:hear|see|read)",
              "(?:thanks|thank you) (?:so much )?for the (?:kind words|shout ?out|kudos|love"
                  + "|compliments?|recognition|props)",
              "congratulations",
              "happy birthday",
              "ravis de l'apprendre",
              "merci pour (?:vos|ces) (?:mots|compliments)"));

  private VoicePhrases() {}
}
