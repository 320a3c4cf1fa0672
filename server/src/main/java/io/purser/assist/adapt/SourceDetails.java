package io.purser.assist.adapt;

import java.util.regex.Pattern;

/**
 * The details of one conversation that a reply written for it carries and that must not travel to
 * another: the customer's name where agents address them, flight numbers and times. Triage's
 * personal-data detection covers the rest (record locators, phone numbers, e-mail, cards).
 */
final class SourceDetails {

  /** Words that look like a name after a comma or a greeting but are not one. */
  private static final String NOT_NAMES =
      "Thanks|Thank|Please|Sorry|Yes|No|Hi|Hello|Hey|Delta|American|Southwest|British|Airways|"
          + "The|We|We're|You|Your|It|Our|Again|Sir|Madam|Team|Folks|All|Everyone|Friend|There|"
          + "Ok|Okay|Oh|Hmm|Well|Sure|Great|Awesome|Wow|Congrats|Congratulations|Apologies|Welcome|"
          + "Understood|Correct|Good|Also|However|Yikes|Ugh|Aw|Absolutely|Definitely|Certainly|"
          + "Unfortunately|Honestly|Actually|Again|Done|Note|Plus|Otherwise|Meanwhile|Today|Yesterday";

  private static final String NAME =
      "(?!(?:" + NOT_NAMES + ")\\b)(?:\\p{Lu}\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+)?|\\p{Lu}{1,2}\\.?)";

  /**
   * A name right after a greeting or a comma, or opening the reply, and before punctuation: "Hi
   * Jamie!", "Hey there Skye,", ", Cory.", "Cooper, I'm sorry". Adverbs ending in -ly open replies
   * too: not names.
   */
  static final Pattern NAME_ADDRESSED =
      Pattern.compile(
          "(?:(?<=\\b(?:Hi|Hello|Hey|Dear|Morning|Evening|Afternoon|Thanks|Howdy)(?: there)?)"
              + "[ ,]*|,\\s*|^(?!\\p{L}+ly\\b))"
              + "("
              + NAME
              + ")(?=\\s*[.!?,;:)]|\\s*$)");

  /** A flight number after the word flight: the number alone is the detail. */
  static final Pattern FLIGHT_AFTER_WORD =
      Pattern.compile(
          "(?i)(?<=\\bflight\\s{0,2}(?:number\\s{0,2}|no\\.?\\s{0,2})?#?\\s{0,2})"
              + "(?:[a-z]{2}\\s?)?\\d{1,4}\\b");

  /** A flight number written as the carrier's code and the number: "DL1262", "#WN 1031". */
  static final Pattern FLIGHT_CODE =
      Pattern.compile("#?\\b(?:DL|AA|BA|WN|UA|AS|VS)\\s?\\d{1,4}\\b");

  static final Pattern TIME =
      Pattern.compile(
          "(?i)\\b\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?!\\w)|\\b\\d{1,2}:\\d{2}\\b");

  private SourceDetails() {}
}
