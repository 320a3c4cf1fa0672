package io.purser.identity;

import io.purser.identity.login.PasswordHashing;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Whether a new password may be set, after SP 800-63B: length over composition. Any characters
 * count, spaces and emoji included, after NFKC normalisation; no rule asks for digits or capitals.
 * Refused are passwords too short or too long, and those an attacker tries first: the 10,000 most
 * common leaked passwords (also with digits or symbols around them), the user's own name, the
 * workspace's, the product's, and runs of three characters or fewer repeated.
 */
@Component
class PasswordPolicy {

  static final int MAX_LENGTH = 256;
  private static final String COMMON = "/io/purser/identity/common-passwords.txt";

  private static final java.util.regex.Pattern AROUND =
      java.util.regex.Pattern.compile("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$");

  private final int minLength;
  private final Set<String> common;

  @Autowired
  PasswordPolicy(LoginSettings settings) {
    this(settings.minPasswordLength(), load());
  }

  PasswordPolicy(int minLength, Set<String> common) {
    this.minLength = minLength;
    this.common = common;
  }

  /** Why this password may not be set, or empty when it may. */
  Optional<String> problem(String password, String username, String workspaceSlug) {
    var normalised = PasswordHashing.normalise(password == null ? "" : password);
    int length = normalised.codePointCount(0, normalised.length());
    if (length < minLength) {
      return Optional.of("A password needs at least " + minLength + " characters");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("A password has at most " + MAX_LENGTH + " characters");
    }
    if (easyToGuess(normalised.toLowerCase(Locale.ROOT), username, workspaceSlug)) {
      return Optional.of(
          "This password is among those tried first (a common password, the user's or the"
              + " workspace's name, or a few characters repeated): choose a longer phrase");
    }
    return Optional.empty();
  }

  private boolean easyToGuess(String password, String username, String workspaceSlug) {
    var core = core(password);
    var context = new HashSet<String>(Set.of("purser"));
    for (var word : new String[] {username, workspaceSlug}) {
      if (word != null) {
        var lower = word.toLowerCase(Locale.ROOT);
        context.add(lower);
        context.add(core(lower));
      }
    }
    return common.contains(password)
        || common.contains(core)
        || context.contains(password)
        || context.contains(core)
        || password.codePoints().distinct().count() <= 3;
  }

  /** The word inside digits, symbols and spaces: "password" in "!!password2024". */
  private static String core(String text) {
    return AROUND.matcher(text).replaceAll("");
  }

  private static Set<String> load() {
    var stream = PasswordPolicy.class.getResourceAsStream(COMMON);
    if (stream == null) {
      throw new IllegalStateException(COMMON + " is part of the jar");
    }
    try (var lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      var set = new HashSet<String>();
      lines.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(set::add);
      return Set.copyOf(set);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
