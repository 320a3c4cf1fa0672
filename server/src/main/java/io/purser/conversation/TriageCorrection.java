package io.purser.conversation;

/**
 * An agent's correction of a message's triage; null fields are not corrected. Values are the triage
 * module's wire names (intent {@code rebooking}, category {@code praise}, …).
 */
public record TriageCorrection(
    String intent, String category, Boolean needsResponse, String sentiment) {

  public boolean isEmpty() {
    return intent == null && category == null && needsResponse == null && sentiment == null;
  }
}
