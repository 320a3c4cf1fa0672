package io.purser.triage.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;

/**
 * A brand's regular expression, compiled with RE2/J so that matching takes time linear in the
 * message whatever the pattern: a rule such as {@code ^(a+)+$}, which makes a backtracking engine
 * run for ages on forty characters, cannot stall the pipeline worker that serves every workspace of
 * its partition. What RE2 cannot do in linear time (backreferences, lookaround, atomic groups,
 * possessive quantifiers) is refused with a message that names it, and so is a pattern whose
 * counted repetitions would compile to a huge program.
 */
public final class BrandRegex {

  /** The most instructions a pattern may unroll to (e.g. {@code (\d{10}){100}}). */
  public static final long MAX_WEIGHT = 1_000;

  private static final String SYNTAX =
      "brand rules use RE2 syntax, which matches every message in linear time and has no"
          + " backreferences, lookaround, atomic groups or possessive quantifiers";

  private record Construct(String name, java.util.regex.Pattern shape) {}

  // Fixed, linear patterns that recognise the Java-only constructs, to name them in the refusal.
  private static final List<Construct> UNSUPPORTED =
      List.of(
          new Construct("a backreference", java.util.regex.Pattern.compile("\\\\([1-9]|k<)")),
          new Construct("a lookahead", java.util.regex.Pattern.compile("\\(\\?[=!]")),
          new Construct("a lookbehind", java.util.regex.Pattern.compile("\\(\\?<[=!]")),
          new Construct("an atomic group", java.util.regex.Pattern.compile("\\(\\?>")),
          new Construct("a possessive quantifier", java.util.regex.Pattern.compile("[*+?}]\\+")));

  private BrandRegex() {}

  /**
   * The pattern compiled for RE2/J.
   *
   * @throws IllegalArgumentException saying what is wrong or unsupported in the pattern
   */
  public static Pattern compile(String regex) {
    long weight = RepetitionWeight.of(regex);
    if (weight > MAX_WEIGHT) {
      throw new IllegalArgumentException(
          "its counted repetitions unroll to about "
              + (weight >= RepetitionWeight.CEILING ? "more than a trillion" : weight)
              + " steps; at most "
              + MAX_WEIGHT
              + " are allowed (use * or + instead of large {n,m} counts)");
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException invalid) {
      throw new IllegalArgumentException(explain(regex, invalid), invalid);
    }
  }

  private static String explain(String regex, PatternSyntaxException invalid) {
    for (Construct construct : UNSUPPORTED) {
      var found = construct.shape().matcher(regex);
      if (found.find()) {
        return "it uses " + construct.name() + " (" + found.group() + "), which " + SYNTAX;
      }
    }
    return invalid.getDescription() + " (" + SYNTAX + ")";
  }
}
