package io.purser.triage;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What kind of message this is. The first three need a response from the brand; the others do not
 * (they are shown, counted and can be answered, but do not enter the service queue).
 */
public enum Category {
  REQUEST(true),
  QUESTION(true),
  COMPLAINT(true),
  PRAISE(false),
  MARKETING_ENGAGEMENT(false),
  SPAM(false),
  CHATTER(false);

  private final boolean needsResponse;

  Category(boolean needsResponse) {
    this.needsResponse = needsResponse;
  }

  /** Whether a message of this category belongs in the service queue. */
  public boolean needsResponse() {
    return needsResponse;
  }

  /** The lower_snake_case name used in JSON and in label files. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a wire name ({@code marketing_engagement}, …), ignoring case. */
  public static Category fromWireName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
