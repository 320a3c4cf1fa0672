package io.purser.sla;

import io.purser.conversation.ConversationEvents.CustomerMessageRecorded;
import io.purser.routing.RoutingManagement;
import io.purser.sla.domain.SlaEvaluation;
import io.purser.sla.domain.SlaPolicy;
import io.purser.sla.domain.SlaScope;
import io.purser.sla.domain.SlaTrack;
import io.purser.sla.domain.SlaTracker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA module's API: each conversation's clocks (first response, next response, resolution),
 * moved by what happens to the conversation, and what they say now — ok, warning, breached or
 * paused, with the time left — for the console's countdown, the REST API and reports.
 */
@Service
public class SlaManagement {

  private static final Logger log = LoggerFactory.getLogger(SlaManagement.class);

  private final SlaTracks tracks;
  private final SlaPolicies policies;
  private final RoutingManagement routing;
  private final Clock clock;

  SlaManagement(SlaTracks tracks, SlaPolicies policies, RoutingManagement routing, Clock clock) {
    this.tracks = tracks;
    this.policies = policies;
    this.routing = routing;
    this.clock = clock;
  }

  /** One clock as it stands. */
  public record ClockView(
      String clock, String status, Instant dueAt, Instant warnAt, Long secondsLeft) {}

  /** What was measured on the conversation, in seconds (working time unless said otherwise). */
  public record Metrics(
      Long firstResponseSeconds,
      Long firstResponseWallSeconds,
      Boolean firstResponseMet,
      int nextResponses,
      Long nextResponseAverageSeconds,
      int nextResponsesMissed,
      Long resolutionSeconds,
      Long resolutionWallSeconds,
      Boolean resolutionMet) {}

  /** A conversation's SLA: its scope, its clocks now, and its metrics. */
  public record SlaView(
      long conversationId,
      String policy,
      String channel,
      boolean isPublic,
      String priorityBand,
      Instant startedAt,
      List<ClockView> clocks,
      String worstStatus,
      Instant nextDueAt,
      Metrics metrics) {}

  public Optional<SlaView> status(long workspaceId, long conversationId) {
    var now = clock.instant();
    var policy = policies.policy(workspaceId).name();
    return tracks.find(workspaceId, conversationId).map(s -> view(s, policy, now));
  }

  /** The SLA of several conversations at once (a queue page): absent ones have no SLA. */
  public Map<Long, SlaView> statuses(long workspaceId, Collection<Long> conversationIds) {
    var now = clock.instant();
    var policy = policies.policy(workspaceId).name();
    var result = new HashMap<Long, SlaView>();
    for (var stored : tracks.findAll(workspaceId, conversationIds)) {
      result.put(stored.conversationId(), view(stored, policy, now));
    }
    return result;
  }

  /** Conversations whose SLA started in [from, to), for reports (at most {@code limit}). */
  public List<SlaView> startedBetween(long workspaceId, Instant from, Instant to, int limit) {
    var now = clock.instant();
    var policy = policies.policy(workspaceId).name();
    return tracks.startedBetween(workspaceId, from, to, limit).stream()
        .map(s -> view(s, policy, now))
        .toList();
  }

  /**
   * Customers wrote, each in a different conversation: its clocks start (when a response is needed)
   * or resume, with targets for its channel, visibility and priority band. One read of the
   * conversations' priority bands and one of their tracks, and one JDBC batch each to store the
   * tracks and the deadlines routing sees.
   */
  @Transactional
  public void customersWrote(List<CustomerMessageRecorded> messages) {
    var byWorkspace = new LinkedHashMap<Long, List<CustomerMessageRecorded>>();
    for (var m : messages) {
      byWorkspace.computeIfAbsent(m.workspaceId(), ws -> new ArrayList<>()).add(m);
    }
    byWorkspace.forEach(this::customersWrote);
  }

  private void customersWrote(long ws, List<CustomerMessageRecorded> messages) {
    var ids = messages.stream().map(CustomerMessageRecorded::conversationId).distinct().toList();
    var bands = routing.priorityBands(ws, ids);
    var policy = policies.policy(ws);
    var original = new HashMap<Long, SlaTracks.Stored>();
    for (var s : tracks.findAllByKey(ws, ids)) {
      original.put(s.conversationId(), s);
    }
    var now = clock.instant();
    // A conversation's messages move its clocks in the order they came, each from where the one
    // before left them; only the last state is saved.
    var saves = new LinkedHashMap<Long, SlaTracks.Save>();
    for (var m : messages) {
      var scope =
          new SlaScope(
              m.network().wireName(),
              m.isPublic(),
              bands.getOrDefault(m.conversationId(), "normal"));
      var saved = saves.get(m.conversationId());
      var before = saved != null ? saved.stored() : original.get(m.conversationId());
      SlaTracks.Stored after;
      if (before == null) {
        if (m.triage() != null && !m.triage().needsResponse()) {
          continue;
        }
        after =
            new SlaTracks.Stored(m.conversationId(), ws, scope, policy.start(scope, m.createdAt()));
      } else {
        var moved =
            moved(
                before,
                m.createdAt(),
                (tracker, track) -> {
                  var next = tracker.onCustomerMessage(track, at(track, m.createdAt()));
                  var targets = policy.targetsFor(scope);
                  return targets.equals(next.targets())
                      ? next
                      : tracker.onTargetsChanged(next, targets);
                },
                policy);
        if (moved == null) {
          continue;
        }
        after = new SlaTracks.Stored(before.conversationId(), ws, scope, moved);
      }
      saves.put(
          m.conversationId(),
          new SlaTracks.Save(
              after,
              SlaEvaluation.of(after.track(), now).nextChangeAt(),
              original.get(m.conversationId())));
    }
    var dues = new LinkedHashMap<Long, Instant>();
    for (var save : saves.values()) {
      var due = save.stored().track().earliestDueAt();
      var before = save.before();
      if (!Objects.equals(due, before == null ? null : before.track().earliestDueAt())) {
        dues.put(save.stored().conversationId(), due);
      }
    }
    tracks.saveAll(List.copyOf(saves.values()), now);
    routing.slaDueChangedAll(ws, dues);
  }

  /** The brand answered (an agent's reply or the brand's own post in the thread). */
  @Transactional
  public void brandAnswered(long workspaceId, long conversationId, Instant at, boolean human) {
    moveStored(
        workspaceId,
        conversationId,
        at,
        s -> true,
        (tracker, track) -> tracker.onAgentReply(track, at(track, at), human));
  }

  @Transactional
  public void waitingOnCustomer(long workspaceId, long conversationId, Instant at) {
    moveStored(
        workspaceId,
        conversationId,
        at,
        s -> true,
        (tracker, track) -> tracker.onWaitingOnCustomer(track, at(track, at)));
  }

  @Transactional
  public void resolved(long workspaceId, long conversationId, Instant at) {
    moveStored(
        workspaceId,
        conversationId,
        at,
        s -> !s.track().resolution().isResolved(),
        (tracker, track) -> tracker.onResolved(track, at(track, at)));
  }

  @Transactional
  public void reopened(long workspaceId, long conversationId, Instant at) {
    moveStored(
        workspaceId,
        conversationId,
        at,
        s -> s.track().resolution().isResolved(),
        (tracker, track) -> tracker.onReopened(track, at(track, at)));
  }

  /** Moves the conversation's stored track, if it has one that {@code applies}, in its scope. */
  private void moveStored(
      long workspaceId,
      long conversationId,
      Instant at,
      Predicate<SlaTracks.Stored> applies,
      BiFunction<SlaTracker, SlaTrack, SlaTrack> change) {
    tracks
        .find(workspaceId, conversationId)
        .filter(applies)
        .ifPresent(s -> move(s, at, change, s.scope(), policies.policy(workspaceId)));
  }

  /**
   * Applies one change. A change the clocks cannot take (an event stamped in a way the domain
   * refuses) is logged and skipped: the SLA must never stop a message from being stored.
   */
  private void move(
      SlaTracks.Stored stored,
      Instant at,
      BiFunction<SlaTracker, SlaTrack, SlaTrack> change,
      SlaScope scope,
      SlaPolicy policy) {
    var moved = moved(stored, at, change, policy);
    if (moved != null) {
      save(
          new SlaTracks.Stored(stored.conversationId(), stored.workspaceId(), scope, moved),
          stored.track().earliestDueAt());
    }
  }

  /**
   * The stored track after one change; null when the clocks cannot take it (an event stamped in a
   * way the domain refuses), which is logged and skipped: the SLA must never stop a message from
   * being stored.
   */
  private static SlaTrack moved(
      SlaTracks.Stored stored,
      Instant at,
      BiFunction<SlaTracker, SlaTrack, SlaTrack> change,
      SlaPolicy policy) {
    try {
      return change.apply(new SlaTracker(policy.calendar()), stored.track());
    } catch (IllegalArgumentException refused) {
      log.warn(
          "SLA of conversation {} not moved by an event at {}: {}",
          stored.conversationId(),
          at,
          refused.getMessage());
      return null;
    }
  }

  private void save(SlaTracks.Stored stored, Instant previousDue) {
    var now = clock.instant();
    var evaluation = SlaEvaluation.of(stored.track(), now);
    tracks.save(stored, evaluation.nextChangeAt(), now);
    var due = stored.track().earliestDueAt();
    if (!Objects.equals(due, previousDue)) {
      routing.slaDueChanged(stored.workspaceId(), stored.conversationId(), due);
    }
  }

  /** Events never move a clock to before it started. */
  private static Instant at(SlaTrack track, Instant at) {
    return at.isBefore(track.startedAt()) ? track.startedAt() : at;
  }

  static SlaView view(SlaTracks.Stored s, String policy, Instant now) {
    var evaluation = SlaEvaluation.of(s.track(), now);
    var clocks =
        evaluation.clocks().stream()
            .map(
                c ->
                    new ClockView(
                        wire(c.clock().name()),
                        wire(c.status().name()),
                        c.dueAt(),
                        c.warnAt(),
                        c.timeLeft() == null ? null : c.timeLeft().toSeconds()))
            .toList();
    var t = s.track();
    var metrics =
        new Metrics(
            seconds(t.firstResponse().workingTime()),
            seconds(t.firstResponseWallTime()),
            t.firstResponse().met(),
            t.nextResponse().count(),
            seconds(t.nextResponse().averageWorkingTime()),
            t.nextResponse().missed(),
            seconds(t.resolution().workingTime()),
            seconds(t.resolutionWallTime()),
            t.resolution().met());
    return new SlaView(
        s.conversationId(),
        policy,
        s.scope().channel(),
        s.scope().isPublic(),
        s.scope().priorityBand(),
        t.startedAt(),
        clocks,
        evaluation.worst() == null ? "none" : wire(evaluation.worst().name()),
        t.earliestDueAt(),
        metrics);
  }

  static String wire(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static Long seconds(Duration d) {
    return d == null ? null : d.toSeconds();
  }
}
