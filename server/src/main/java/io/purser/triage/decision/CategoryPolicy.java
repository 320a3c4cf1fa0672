package io.purser.triage.decision;

import io.purser.triage.Category;

/**
 * Decides the category of a message, and so whether it needs a response, from the sentiment
 * probabilities, the cues in the text and the context. Complaints are recognised by the probability
 * of negative sentiment against a threshold chosen by cross-validation on the training split to
 * miss almost no complaint; the context rules come from how care teams work: a private message is
 * almost always a request, a reply to the brand's marketing post is engagement unless it asks for
 * help.
 *
 * @param negativeThreshold probability of negative sentiment from which a message is a complaint
 */
public record CategoryPolicy(double negativeThreshold) {

  /** How sure the model must be that a reply to a marketing post is negative to treat it as one. */
  private static final double ENGAGEMENT_NEGATIVE = 0.85;

  public CategoryDecision decide(double pNegative, double pPositive, MessageSignals signals) {
    if (signals.spamCues() >= 2 || (signals.spamCues() == 1 && signals.links() > 0)) {
      return new CategoryDecision(Category.SPAM, "spam_cues");
    }
    boolean asks = signals.asksForHelp() || signals.asksQuestion();
    if (!signals.isPublic()) {
      return pPositive > 0.8 && !asks
          ? new CategoryDecision(Category.PRAISE, "private_thanks")
          : new CategoryDecision(Category.REQUEST, "private_message");
    }
    if (signals.inReplyToBrandPost() && !asks && pNegative < ENGAGEMENT_NEGATIVE) {
      return new CategoryDecision(Category.MARKETING_ENGAGEMENT, "reply_to_brand_post");
    }
    if (pNegative >= negativeThreshold) {
      return new CategoryDecision(Category.COMPLAINT, "negative_sentiment");
    }
    if (signals.asksQuestion()) {
      return new CategoryDecision(Category.QUESTION, "question_cue");
    }
    if (signals.asksForHelp()) {
      return new CategoryDecision(Category.REQUEST, "request_cue");
    }
    if (pPositive >= 0.5) {
      return new CategoryDecision(Category.PRAISE, "positive_sentiment");
    }
    return new CategoryDecision(Category.CHATTER, "no_request_cue");
  }
}
