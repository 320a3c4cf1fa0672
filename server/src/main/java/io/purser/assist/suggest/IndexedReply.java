package io.purser.assist.suggest;

import io.purser.assist.SolvedConversation;
import io.purser.assist.adapt.AnswerTemplate;
import io.purser.triage.Intent;
import io.purser.triage.PersonalData;
import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import java.util.List;
import java.util.Objects;

/**
 * One solved conversation as the ranker reads it.
 *
 * @param id the conversation's id, quoted in the reasons
 * @param words the customer's words as triage tokenises them
 * @param intent the customer's intent as triage reads it
 * @param template the agent's reply, stripped of the conversation's own details
 */
public record IndexedReply(String id, List<String> words, Intent intent, AnswerTemplate template) {
  public IndexedReply {
    Objects.requireNonNull(id, "id is required");
    words = List.copyOf(words);
    Objects.requireNonNull(intent, "intent is required");
    Objects.requireNonNull(template, "template is required");
  }

  /** A solved conversation read by triage: the customer's intent, the reply's personal data. */
  public static IndexedReply of(SolvedConversation solved, Triage triage) {
    Intent intent = triage.classify(TriageRequest.ofText(solved.customerWords())).intent();
    List<PersonalData> personal =
        triage.classify(TriageRequest.ofText(solved.reply())).personalData();
    return new IndexedReply(
        solved.id(),
        QueryWords.of(solved.customerWords()),
        intent,
        AnswerTemplate.of(solved.reply(), personal));
  }
}
