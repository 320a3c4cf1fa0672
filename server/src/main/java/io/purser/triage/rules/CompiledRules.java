package io.purser.triage.rules;

import com.google.re2j.Pattern;
import io.purser.triage.BrandActions;
import io.purser.triage.BrandRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A brand's rules with their patterns compiled once (with RE2/J, see {@link BrandRegex}), evaluated
 * in order on every message. Matching takes time linear in the text, and rules read at most {@value
 * #MAX_CHARS} characters of it, so a workspace's rules cost every message a bounded time: the rule
 * count, pattern length and pattern weight are bounded when rules are saved.
 */
public final class CompiledRules {

  static final int MAX_CHARS = 5_000;

  private final List<BrandRule> rules;
  private final List<Pattern> patterns;

  public CompiledRules(List<BrandRule> rules) {
    this.rules = List.copyOf(rules);
    this.patterns = new ArrayList<>(rules.size());
    for (BrandRule rule : rules) {
      patterns.add(compile(rule));
    }
  }

  /** What the rules decide for a message. */
  public BrandActions apply(String text, String language, String authorHandle) {
    if (rules.isEmpty()) {
      return BrandActions.NONE;
    }
    String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Set<String> tags = new LinkedHashSet<>();
    List<String> fired = new ArrayList<>();
    String route = null;
    boolean raise = false;
    boolean hide = false;
    for (int i = 0; i < rules.size(); i++) {
      BrandRule rule = rules.get(i);
      if (!matches(rule, patterns.get(i), cut, language, authorHandle)) {
        continue;
      }
      fired.add(rule.name());
      switch (rule.action()) {
        case TAG -> tags.add(rule.value());
        case ROUTE -> route = rule.value();
        case RAISE_PRIORITY -> raise = true;
        case HIDE -> hide = true;
      }
    }
    return new BrandActions(List.copyOf(tags), route, raise, hide, fired);
  }

  private static boolean matches(
      BrandRule rule, Pattern pattern, String text, String language, String author) {
    return switch (rule.match()) {
      case KEYWORD, REGEX -> pattern.matcher(text).find();
      case LANGUAGE -> rule.pattern().equalsIgnoreCase(language);
      case AUTHOR -> author != null && handle(author).equals(handle(rule.pattern()));
    };
  }

  private static Pattern compile(BrandRule rule) {
    return switch (rule.match()) {
      // RE2 has no lookaround: a whole word is one with a non-word (or nothing) on either side.
      case KEYWORD ->
          Pattern.compile(
              "(?:^|[^\\p{L}\\p{N}])"
                  + Pattern.quote(rule.pattern().trim())
                  + "(?:$|[^\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE);
      case REGEX -> BrandRegex.compile(rule.pattern());
      case LANGUAGE, AUTHOR -> null;
    };
  }

  private static String handle(String handle) {
    String trimmed = handle.trim();
    return (trimmed.startsWith("@") ? trimmed.substring(1) : trimmed).toLowerCase(Locale.ROOT);
  }
}
