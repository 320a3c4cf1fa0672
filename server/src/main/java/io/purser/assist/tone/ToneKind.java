package io.purser.assist.tone;

import java.util.Locale;

/** What a tone finding is about; each kind has its explanation and suggestion message keys. */
public enum ToneKind {
  /** The reply blames the customer ("it's your fault", "you should have checked"). */
  BLAME,
  /** The reply argues or defends ("as I said", "that's not true", "calm down"). */
  ARGUMENT,
  /** Words written in capitals, which read as shouting. */
  ALL_CAPS,
  /** The customer complains and the reply has no apology. */
  MISSING_APOLOGY,
  /** The reply promises what the workspace's policy does not allow. */
  POLICY_PROMISE,
  /** A public reply shows personal data. */
  PERSONAL_DATA_IN_PUBLIC,
  /** The workspace requires a signature and the reply has none. */
  MISSING_SIGNATURE;

  /** The lower_snake_case name used in JSON and in message keys. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
