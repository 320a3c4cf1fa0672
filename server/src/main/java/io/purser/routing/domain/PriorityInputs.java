package io.purser.routing.domain;

import io.purser.triage.Category;
import io.purser.triage.Intent;
import io.purser.triage.Sentiment;
import io.purser.triage.TriageResult;
import io.purser.triage.UrgencyLevel;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything the priority of a waiting conversation depends on.
 *
 * @param urgency how soon the customer needs the answer, from triage
 * @param urgencyReason triage's reason for the urgency ({@code departure_within_hours}, …)
 * @param intent what the conversation is about
 * @param sentiment how the customer feels
 * @param category request, question, complaint, …
 * @param isPublic whether the customer wrote in public (everyone sees how long we take)
 * @param loyalty the customer's loyalty tier, {@code null} when not a member or unknown
 * @param authorFollowers the author's audience on the network (0 when unknown; negative is read as
 *     0)
 * @param slaDueAt when the first response is due, {@code null} when no SLA applies
 * @param waitingSince when the conversation started waiting for us
 * @param brandRaise whether one of the brand's rules asked to raise the priority
 * @param surgeMode whether a surge is on, which raises time-critical intents further
 */
public record PriorityInputs(
    UrgencyLevel urgency,
    String urgencyReason,
    Intent intent,
    Sentiment sentiment,
    Category category,
    boolean isPublic,
    LoyaltyTier loyalty,
    long authorFollowers,
    Instant slaDueAt,
    Instant waitingSince,
    boolean brandRaise,
    boolean surgeMode) {

  public PriorityInputs {
    Objects.requireNonNull(urgency, "urgency is required");
    urgencyReason = urgencyReason == null ? "" : urgencyReason;
    Objects.requireNonNull(intent, "intent is required");
    Objects.requireNonNull(sentiment, "sentiment is required");
    Objects.requireNonNull(category, "category is required");
    authorFollowers = Math.max(0, authorFollowers);
    Objects.requireNonNull(waitingSince, "waitingSince is required");
  }

  /**
   * What triage decided about the message that made the conversation wait, with no loyalty, no
   * audience, no SLA and no surge (add them with the {@code with…} methods).
   */
  public static PriorityInputs of(TriageResult triage, boolean isPublic, Instant waitingSince) {
    return new PriorityInputs(
        triage.urgency().level(),
        triage.urgency().reason(),
        triage.intent(),
        triage.sentiment(),
        triage.category(),
        isPublic,
        null,
        0,
        null,
        waitingSince,
        triage.brandActions().raisePriority(),
        false);
  }

  public PriorityInputs withSlaDueAt(Instant dueAt) {
    return withContext(loyalty, authorFollowers, dueAt, surgeMode);
  }

  public PriorityInputs withAudience(LoyaltyTier tier, long followers) {
    return withContext(tier, followers, slaDueAt, surgeMode);
  }

  public PriorityInputs withSurgeMode(boolean on) {
    return withContext(loyalty, authorFollowers, slaDueAt, on);
  }

  /** The same message, in the context the {@code with…} methods add around triage's decision. */
  private PriorityInputs withContext(
      LoyaltyTier tier, long followers, Instant dueAt, boolean surge) {
    return new PriorityInputs(
        urgency,
        urgencyReason,
        intent,
        sentiment,
        category,
        isPublic,
        tier,
        followers,
        dueAt,
        waitingSince,
        brandRaise,
        surge);
  }
}
