package io.purser.assist;

import io.purser.assist.choice.AssistChoices;
import io.purser.assist.choice.AssistChoices.Choice;
import io.purser.conversation.SolvedConversations;
import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Suggested replies for the console. A workspace's own solved conversations come first (the latest
 * {@value #OWN_CASES}, indexed on first use and again every {@link #REFRESH}); the starter corpus
 * in the jar fills the rest (one index per JVM, built on first use, a few seconds). Both rank by
 * what the workspace's agents chose and kept, stored and replayed when a node first serves it.
 */
@Service
public class AssistManagement {

  /** How many suggestions an agent sees. */
  public static final int SHOWN = 3;

  /** How many of a workspace's latest solved conversations its own suggestions draw on. */
  static final int OWN_CASES = 5_000;

  /** How often a workspace's own solved conversations are read again. */
  static final Duration REFRESH = Duration.ofMinutes(10);

  /**
   * A suggestion and where it comes from.
   *
   * @param fromThisWorkspace drawn from one of the workspace's own solved conversations (its {@code
   *     sourceId} is that conversation's id), else from the starter corpus
   */
  public record Offered(Suggestion suggestion, boolean fromThisWorkspace) {}

  /** A workspace's engines: its own cases, and the starter corpus with its choices. */
  private record Engines(Suggestions own, Suggestions starter, Instant builtAt) {}

  private final Triage triage;
  private final AssistChoices choices;
  private final SolvedConversations solved;
  private final Clock clock;
  private final Map<Long, Engines> byWorkspace = new ConcurrentHashMap<>();

  /**
   * The starter corpus's index, one per JVM: it is the same immutable data for every workspace (and
   * every application context of a test JVM), about 50 MB; choices are kept per workspace.
   */
  private static volatile Suggestions starter;

  AssistManagement(Triage triage, AssistChoices choices, SolvedConversations solved, Clock clock) {
    this.triage = triage;
    this.choices = choices;
    this.solved = solved;
    this.clock = clock;
  }

  /**
   * The best replies to what the customer wrote, in the customer's language: the workspace's own
   * answers first, then the starter corpus's (English) for what they leave; each answer once.
   */
  public List<Offered> suggest(long workspaceId, String customerWords, ReplyContext context) {
    if (customerWords == null || customerWords.isBlank()) {
      return List.of();
    }
    String language = triage.classify(TriageRequest.ofText(customerWords)).language();
    var engines = of(workspaceId);
    var offered = new ArrayList<Offered>();
    var keys = new HashSet<String>();
    for (var s : engines.own().suggest(customerWords, language, context, SHOWN)) {
      if (keys.add(s.templateKey())) {
        offered.add(new Offered(s, true));
      }
    }
    for (var s : engines.starter().suggest(customerWords, language, context, SHOWN)) {
      if (offered.size() < SHOWN && keys.add(s.templateKey())) {
        offered.add(new Offered(s, false));
      }
    }
    return offered;
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
    var engines = of(workspaceId);
    engines.own().recordChoice(chosen(choice), sent);
    engines.starter().recordChoice(chosen(choice), sent);
  }

  /** The workspace's engines, its own cases read again once they are {@link #REFRESH} old. */
  private Engines of(long workspaceId) {
    var now = clock.instant();
    return byWorkspace.compute(
        workspaceId,
        (id, built) ->
            built != null && built.builtAt().plus(REFRESH).isAfter(now)
                ? built
                : build(id, built, now));
  }

  private Engines build(long workspaceId, Engines before, Instant now) {
    var cases =
        solved.latest(workspaceId, OWN_CASES).stream()
            .map(
                s ->
                    new SolvedConversation(
                        String.valueOf(s.conversationId()),
                        triage.classify(TriageRequest.ofText(s.customerWords())).language(),
                        s.customerWords(),
                        s.firstReply()))
            .toList();
    var own = Suggestions.of(cases, triage);
    var starter = before != null ? before.starter() : starter().withOwnChoices();
    for (var choice : choices.all(workspaceId)) {
      own.recordChoice(chosen(choice), choice.sentText());
      if (before == null) {
        starter.recordChoice(chosen(choice), choice.sentText());
      }
    }
    return new Engines(own, starter, now);
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
