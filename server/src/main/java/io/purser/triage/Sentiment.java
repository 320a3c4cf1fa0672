package io.purser.triage;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the author feels, as labelled in the airline tweets the model learns from. */
public enum Sentiment {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /** The lower-case name used in JSON and in model files. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a wire name ({@code negative}, …), ignoring case; throws for an unknown name. */
  public static Sentiment fromWireName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
