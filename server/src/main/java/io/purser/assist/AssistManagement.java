package io.purser.assist;

import io.purser.assist.choice.AssistChoices;
import io.purser.assist.choice.AssistChoices.Choice;
import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Suggested replies for the console. Every workspace draws on the starter corpus in the jar (one
 * index per node, built on first use, a few seconds) with rankings of its own: what its agents
 * chose and kept, stored and replayed when the node first serves the workspace.
 */
@Service
public class AssistManagement {

  /** How many suggestions an agent sees. */
  public static final int SHOWN = 3;

  private final Triage triage;
  private final AssistChoices choices;
  private final Map<Long, Suggestions> byWorkspace = new ConcurrentHashMap<>();

  /**
   * The starter corpus's index, one per JVM: it is the same immutable data for every workspace (and
   * every application context of a test JVM), about 50 MB; choices are kept per workspace.
   */
  private static volatile Suggestions starter;

  AssistManagement(Triage triage, AssistChoices choices) {
    this.triage = triage;
    this.choices = choices;
  }

  /**
   * The best replies to what the customer wrote, in the customer's language; empty when the corpus
   * has no conversation in it (the starter corpus is English).
   */
  public List<Suggestion> suggest(long workspaceId, String customerWords, ReplyContext context) {
    if (customerWords == null || customerWords.isBlank()) {
      return List.of();
    }
    String language = triage.classify(TriageRequest.ofText(customerWords)).language();
    return of(workspaceId).suggest(customerWords, language, context, SHOWN);
  }

  /**
   * Records that an agent sent {@code sent} after taking the suggestion {@code suggested} (its
   * template key as suggested): the workspace's suggestions rank it higher the more of it was kept.
   */
  public void recordChoice(
      long workspaceId,
      long conversationId,
      Long userId,
      String templateKey,
      String suggested,
      String sent) {
    var choice = new Choice(templateKey, suggested, sent);
    choices.add(workspaceId, conversationId, userId, choice);
    of(workspaceId).recordChoice(chosen(choice), sent);
  }

  private Suggestions of(long workspaceId) {
    return byWorkspace.computeIfAbsent(
        workspaceId,
        id -> {
          var own = starter().withOwnChoices();
          for (var choice : choices.all(id)) {
            own.recordChoice(chosen(choice), choice.sentText());
          }
          return own;
        });
  }

  private Suggestions starter() {
    var loaded = starter;
    if (loaded == null) {
      synchronized (AssistManagement.class) {
        loaded = starter;
        if (loaded == null) {
          loaded = Suggestions.starter(triage, null);
          starter = loaded;
        }
      }
    }
    return loaded;
  }

  private static Suggestion chosen(Choice choice) {
    return new Suggestion(choice.suggestedText(), "", 0, choice.templateKey(), null, null);
  }
}
