package io.purser.assist.tone;

import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The tone check of a draft before it is sent. It returns findings to show beside the reply box, in
 * the order they appear in the draft; an empty list means nothing to say. It never refuses a draft:
 * the agent decides.
 */
public final class ToneCheck {

  private final Triage triage;
  private final List<ToneRule> rules =
      List.of(
          new PhraseRule(ToneKind.BLAME, VoicePhrases.BLAME),
          new PhraseRule(ToneKind.ARGUMENT, VoicePhrases.ARGUMENT),
          new ShoutedWords(),
          new MissingApology(),
          new PolicyPromises(),
          new PublicPersonalData(),
          new MissingSignature());

  /**
   * @param triage whose personal data detection finds what a public reply must not show (the same
   *     detection the reply module refuses public replies with)
   */
  public ToneCheck(Triage triage) {
    this.triage = Objects.requireNonNull(triage, "triage is required");
  }

  /** What the draft's tone calls for, in the workspace's voice; empty when it reads well. */
  public List<ToneFinding> check(String draft, ToneContext context, ToneRules workspaceRules) {
    Objects.requireNonNull(context, "context is required");
    Objects.requireNonNull(workspaceRules, "workspace rules are required");
    String text = draft == null ? "" : draft;
    var personalData =
        triage
            .classify(
                new TriageRequest(text, context.network(), context.isPublic(), false, null, null))
            .personalData();
    var checked = new Draft(text, personalData);
    var found = new ArrayList<ToneFinding>();
    for (ToneRule rule : rules) {
      found.addAll(rule.check(checked, context, workspaceRules));
    }
    found.sort(Comparator.comparingInt(ToneFinding::start));
    return found;
  }
}
