package io.purser.triage;

import io.purser.triage.rules.BrandRegex;
import java.util.Locale;
import java.util.Objects;

/**
 * One of a brand's own triage rules, e.g. hide messages about "Manchester United" for @united, or
 * route Spanish messages to the Spanish queue. Rules are evaluated inside {@link
 * Triage#classify(TriageRequest)}, in order; all matching rules apply.
 *
 * @param name a name shown in the result's reasons
 * @param match how {@code pattern} is compared with the message
 * @param pattern a keyword or phrase (whole words, ignoring case), a regular expression in RE2
 *     syntax (matched in linear time: no backreferences or lookaround), a language code ({@code
 *     es}) or an author handle (with or without {@code @}, ignoring case); at most {@value
 *     #MAX_PATTERN_LENGTH} characters
 * @param action what to do when the rule matches
 * @param value the tag or queue name for {@link Action#TAG} and {@link Action#ROUTE}; ignored
 *     otherwise (may be {@code null})
 */
public record BrandRule(String name, Match match, String pattern, Action action, String value) {

  /** The longest pattern a rule may have, so one rule cannot cost much on every message. */
  public static final int MAX_PATTERN_LENGTH = 500;

  /** How a rule's pattern is compared with a message. */
  public enum Match {
    KEYWORD,
    REGEX,
    LANGUAGE,
    AUTHOR
  }

  /** What a matching rule does. */
  public enum Action {
    TAG,
    ROUTE,
    RAISE_PRIORITY,
    HIDE
  }

  public BrandRule {
    Objects.requireNonNull(name, "rule name is required");
    Objects.requireNonNull(match, "rule match is required");
    Objects.requireNonNull(action, "rule action is required");
    if (pattern == null || pattern.isBlank()) {
      throw new IllegalArgumentException("rule '" + name + "' needs a non-blank pattern");
    }
    if (pattern.length() > MAX_PATTERN_LENGTH) {
      throw new IllegalArgumentException(
          "rule '"
              + name
              + "' has a pattern of "
              + pattern.length()
              + " characters; at most "
              + MAX_PATTERN_LENGTH
              + " are allowed");
    }
    if (hasNul(name) || hasNul(pattern) || hasNul(value)) {
      // A rule is text people read and databases store; PostgreSQL cannot store NUL in text.
      throw new IllegalArgumentException("a rule's name, pattern and value must not contain NUL");
    }
    if ((action == Action.TAG || action == Action.ROUTE) && (value == null || value.isBlank())) {
      throw new IllegalArgumentException(
          "rule '" + name + "' with action " + action + " needs a tag or queue name as value");
    }
    if (match == Match.REGEX) {
      requireValidRegex(name, pattern);
    }
  }

  private static boolean hasNul(String text) {
    return text != null && text.indexOf('\0') >= 0;
  }

  /** A rule matching a keyword or phrase as whole words, ignoring case. */
  public static BrandRule keyword(String name, String keyword, Action action, String value) {
    return new BrandRule(name, Match.KEYWORD, keyword, action, value);
  }

  /** A rule matching a regular expression (RE2 syntax) anywhere in the text. */
  public static BrandRule regex(String name, String regex, Action action, String value) {
    return new BrandRule(name, Match.REGEX, regex, action, value);
  }

  /** A rule matching the detected language, e.g. {@code es}. */
  public static BrandRule language(String name, String language, Action action, String value) {
    return new BrandRule(name, Match.LANGUAGE, language.toLowerCase(Locale.ROOT), action, value);
  }

  /** A rule matching the author's handle, with or without the leading {@code @}. */
  public static BrandRule author(String name, String handle, Action action, String value) {
    return new BrandRule(name, Match.AUTHOR, handle, action, value);
  }

  private static void requireValidRegex(String name, String pattern) {
    try {
      BrandRegex.compile(pattern);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "rule '" + name + "' has an invalid regular expression: " + e.getMessage(), e);
    }
  }
}
