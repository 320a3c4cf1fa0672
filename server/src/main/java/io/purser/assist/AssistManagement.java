package io.purser.assist;

import io.purser.assist.choice.AssistChoices;
import io.purser.assist.choice.AssistChoices.Choice;
import io.purser.conversation.SolvedConversations;
import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Suggested replies for the console. A workspace's own solved conversations come first (the latest
 * {@value #OWN_CASES}); the starter corpus in the jar fills the rest (one index per JVM). Both rank
 * by what the workspace's agents chose and kept, stored and replayed when a node first serves it.
 *
 * <p>Indexes are built in the background, never on a request thread: a workspace's on its first
 * request (which waits for it at most {@link #FIRST_WAIT}) and again when it is {@link #REFRESH}
 * old (requests meanwhile use the previous one); the starter corpus's when the node has started
 * ({@link AssistSettings#warmUp()}) or on the first request. Until both are ready, suggestions say
 * they are incomplete and the console asks again.
 */
@Service
public class AssistManagement {

  /** How many suggestions an agent sees. */
  public static final int SHOWN = 3;

  /** How many of a workspace's latest solved conversations its own suggestions draw on. */
  static final int OWN_CASES = 5_000;

  /** How often a workspace's own solved conversations are read again. */
  static final Duration REFRESH = Duration.ofMinutes(10);

  /** How long a workspace's first request waits for its index before answering without it. */
  static final Duration FIRST_WAIT = Duration.ofSeconds(2);

  private static final Logger log = LoggerFactory.getLogger(AssistManagement.class);

  /**
   * A suggestion and where it comes from.
   *
   * @param fromThisWorkspace drawn from one of the workspace's own solved conversations (its {@code
   *     sourceId} is that conversation's id), else from the starter corpus
   */
  public record Offered(Suggestion suggestion, boolean fromThisWorkspace) {}

  /**
   * The suggestions for a conversation.
   *
   * @param complete false while an index they draw on is still being built: asking again soon may
   *     give more
   */
  public record Suggested(List<Offered> offered, boolean complete) {}

  /** A workspace's engines: its own cases, and the starter corpus with its choices (or null). */
  private record Engines(Suggestions own, Suggestions starter, Instant builtAt) {}

  /**
   * The starter corpus's index, one per JVM: the same immutable data for every workspace (and every
   * application context of a test JVM), about 60 MB; choices are kept per workspace.
   */
  private static volatile CompletableFuture<Suggestions> starter;

  private final Triage triage;
  private final AssistChoices choices;
  private final SolvedConversations solved;
  private final Clock clock;
  private final AssistSettings settings;
  private final Map<Long, Engines> byWorkspace = new ConcurrentHashMap<>();
  private final Map<Long, CompletableFuture<Engines>> building = new HashMap<>();
  private final ExecutorService indexing =
      Executors.newSingleThreadExecutor(
          task -> {
            var thread = new Thread(task, "assist-index");
            thread.setDaemon(true);
            return thread;
          });

  AssistManagement(
      Triage triage,
      AssistChoices choices,
      SolvedConversations solved,
      Clock clock,
      AssistSettings settings) {
    this.triage = triage;
    this.choices = choices;
    this.solved = solved;
    this.clock = clock;
    this.settings = settings;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    if (settings.warmUp()) {
      starter();
    }
  }

  @PreDestroy
  void stop() {
    indexing.shutdownNow();
  }

  /**
   * The best replies to what the customer wrote, in the customer's language: the workspace's own
   * answers first, then the starter corpus's (English) for what they leave; each answer once.
   */
  public Suggested suggest(long workspaceId, String customerWords, ReplyContext context) {
    if (customerWords == null || customerWords.isBlank()) {
      return new Suggested(List.of(), true);
    }
    var engines = engines(workspaceId);
    if (engines == null) {
      return new Suggested(List.of(), false);
    }
    String language = triage.classify(TriageRequest.ofText(customerWords)).language();
    var offered = new ArrayList<Offered>();
    var keys = new HashSet<String>();
    for (var s : engines.own().suggest(customerWords, language, context, SHOWN)) {
      if (keys.add(s.templateKey())) {
        offered.add(new Offered(s, true));
      }
    }
    if (engines.starter() != null) {
      for (var s : engines.starter().suggest(customerWords, language, context, SHOWN)) {
        if (offered.size() < SHOWN && keys.add(s.templateKey())) {
          offered.add(new Offered(s, false));
        }
      }
    }
    // Without the starter corpus, more may come unless it could not be built at all.
    return new Suggested(
        offered, engines.starter() != null || starter().isCompletedExceptionally());
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
    // An index being built now replays it from the table; the current one learns it here.
    var engines = byWorkspace.get(workspaceId);
    if (engines != null) {
      engines.own().recordChoice(chosen(choice), sent);
      if (engines.starter() != null) {
        engines.starter().recordChoice(chosen(choice), sent);
      }
    }
  }

  /**
   * The workspace's engines as they are, a new build started when they are missing, old, or lack
   * the starter corpus that has become ready since; null when the first build takes too long.
   */
  private Engines engines(long workspaceId) {
    var current = byWorkspace.get(workspaceId);
    var corpus = starter();
    boolean stale =
        current == null
            || !current.builtAt().plus(REFRESH).isAfter(clock.instant())
            || current.starter() == null && ready(corpus);
    if (!stale) {
      return current;
    }
    var next = rebuild(workspaceId);
    if (current != null) {
      return current;
    }
    try {
      return next.get(FIRST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      return null;
    }
  }

  /** The build of the workspace's engines in progress, or a new one. */
  private synchronized CompletableFuture<Engines> rebuild(long workspaceId) {
    var inProgress = building.get(workspaceId);
    if (inProgress != null) {
      return inProgress;
    }
    var before = byWorkspace.get(workspaceId);
    var build = CompletableFuture.supplyAsync(() -> build(workspaceId, before), indexing);
    building.put(workspaceId, build);
    build.whenComplete((built, failure) -> finished(workspaceId, built, failure));
    return build;
  }

  private synchronized void finished(long workspaceId, Engines built, Throwable failure) {
    building.remove(workspaceId);
    if (built != null) {
      byWorkspace.put(workspaceId, built);
    } else {
      log.warn("Could not index workspace {}'s solved conversations", workspaceId, failure);
    }
  }

  private Engines build(long workspaceId, Engines before) {
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
    var corpus = starter();
    Suggestions withChoices =
        before != null && before.starter() != null
            ? before.starter()
            : ready(corpus) ? corpus.join().withOwnChoices() : null;
    boolean replayStarter = withChoices != null && (before == null || before.starter() == null);
    for (var choice : choices.all(workspaceId)) {
      own.recordChoice(chosen(choice), choice.sentText());
      if (replayStarter) {
        withChoices.recordChoice(chosen(choice), choice.sentText());
      }
    }
    return new Engines(own, withChoices, clock.instant());
  }

  /** The starter corpus's index, its build started on a thread of its own the first time. */
  private CompletableFuture<Suggestions> starter() {
    var loaded = starter;
    if (loaded == null) {
      synchronized (AssistManagement.class) {
        loaded = starter;
        if (loaded == null) {
          var build = new CompletableFuture<Suggestions>();
          var thread =
              new Thread(
                  () -> {
                    long start = System.nanoTime();
                    try {
                      var index = Suggestions.starter(triage, null);
                      log.info(
                          "Indexed the starter corpus's {} conversations in {} ms",
                          index.size(),
                          (System.nanoTime() - start) / 1_000_000);
                      build.complete(index);
                    } catch (RuntimeException | Error e) {
                      log.error("Could not index the starter corpus", e);
                      build.completeExceptionally(e);
                    }
                  },
                  "assist-starter-index");
          thread.setDaemon(true);
          thread.start();
          starter = build;
          loaded = build;
        }
      }
    }
    return loaded;
  }

  private static boolean ready(CompletableFuture<Suggestions> corpus) {
    return corpus.isDone() && !corpus.isCompletedExceptionally();
  }

  private static Suggestion chosen(Choice choice) {
    return new Suggestion(choice.suggestedText(), "", 0, choice.templateKey(), null, null);
  }
}
