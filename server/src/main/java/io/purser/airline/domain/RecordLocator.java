package io.purser.airline.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A record locator (booking code): six letters and digits, as customers type them. */
public final class RecordLocator {

  private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{6}");

  private RecordLocator() {}

  /** The locator in its stored form (upper case, no spaces), or empty when it cannot be one. */
  public static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    var folded = typed.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    return SHAPE.matcher(folded).matches() ? Optional.of(folded) : Optional.empty();
  }
}
