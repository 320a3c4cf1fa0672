package io.purser.assist.tone;

import io.purser.triage.Category;
import io.purser.triage.Sentiment;
import io.purser.triage.TriageResult;

/**
 * What the draft answers: where it will be seen and the customer's last message with its triage.
 *
 * @param isPublic whether the reply will be public (personal data is then flagged)
 * @param network {@code x}, {@code facebook}, {@code instagram} or {@code whatsapp}
 * @param customerMessage the customer's last message ({@code null} when there is none)
 * @param customerTriage its triage result ({@code null} when unknown: no apology is then expected)
 * @param agentSignature the sending agent's own signature, e.g. {@code *TMC} ({@code null} when the
 *     agent has none: the workspace's signature pattern is then looked for)
 */
public record ToneContext(
    boolean isPublic,
    String network,
    String customerMessage,
    TriageResult customerTriage,
    String agentSignature) {

  public ToneContext {
    network = network == null ? "x" : network;
    customerMessage = customerMessage == null ? "" : customerMessage;
  }

  /**
   * Whether the customer complains: a complaint said in anger (negative sentiment and complaint
   * both). Either alone flagged half of the real replies to complaints, mostly answers to a neutral
   * question about a problem ("Basic Economy is restrictive"), so the check would nag.
   */
  public boolean customerComplains() {
    return customerTriage != null
        && customerTriage.sentiment() == Sentiment.NEGATIVE
        && customerTriage.category() == Category.COMPLAINT;
  }
}
