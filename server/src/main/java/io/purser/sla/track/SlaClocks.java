package io.purser.sla.track;

import io.purser.conversation.ConversationEvents.CustomerMessageRecorded;
import io.purser.conversation.ConversationEvents.CustomerMessagesRecorded;
import io.purser.routing.RoutingManagement;
import io.purser.sla.domain.SlaPolicy;
import io.purser.sla.domain.SlaScope;
import io.purser.sla.domain.SlaTrack;
import io.purser.sla.domain.SlaTracker;
import io.purser.sla.policy.SlaPolicies;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves conversations' SLA clocks with what happens to them. Every change takes one path: one read
 * of the tracks, the changes applied in order ({@link TrackChanges}), one JDBC batch each to store
 * the tracks and the deadlines routing sees. A single event is a batch of one.
 */
@Component
class SlaClocks {

  private final SlaTracks tracks;
  private final SlaPolicies policies;
  private final RoutingManagement routing;
  private final Clock clock;

  SlaClocks(SlaTracks tracks, SlaPolicies policies, RoutingManagement routing, Clock clock) {
    this.tracks = tracks;
    this.policies = policies;
    this.routing = routing;
    this.clock = clock;
  }

  /**
   * Customers wrote: each conversation's clocks start (when a response is needed) or resume, with
   * targets for its channel, visibility and priority band.
   */
  @Transactional
  void customersWrote(CustomerMessagesRecorded batch) {
    batch.byWorkspace().forEach(this::customersWrote);
  }

  private void customersWrote(long ws, List<CustomerMessageRecorded> messages) {
    var ids = messages.stream().map(CustomerMessageRecorded::conversationId).distinct().toList();
    var bands = routing.priorityBands(ws, ids);
    var policy = policies.policy(ws);
    var changes = new TrackChanges(tracks.findAll(ws, ids), clock.instant());
    for (var m : messages) {
      var scope =
          new SlaScope(
              m.network().wireName(),
              m.isPublic(),
              bands.getOrDefault(m.conversationId(), "normal"));
      customerWrote(changes, m, scope, policy);
    }
    store(ws, changes);
  }

  /**
   * A customer wrote: the conversation's clocks resume (with the targets of its scope now), or
   * start when a response is needed.
   */
  private static void customerWrote(
      TrackChanges changes, CustomerMessageRecorded m, SlaScope scope, SlaPolicy policy) {
    var before = changes.current(m.conversationId());
    if (before != null) {
      changes.move(
          before,
          scope,
          m.createdAt(),
          (tracker, track) -> {
            var next = tracker.onCustomerMessage(track, at(track, m.createdAt()));
            var targets = policy.targetsFor(scope);
            return targets.equals(next.targets()) ? next : tracker.onTargetsChanged(next, targets);
          },
          policy);
    } else if (m.triage() == null || m.triage().needsResponse()) {
      changes.put(
          new SlaTracks.Stored(
              m.conversationId(), m.workspaceId(), scope, policy.start(scope, m.createdAt())));
    }
  }

  /** What happens to a conversation, other than a customer's message, that moves its clocks. */
  enum Change {
    /**
     * The brand answered: an agent's reply, or the brand's own post from the network's app. Purser
     * sends no automated replies yet, so each counts as a human response.
     */
    BRAND_ANSWERED(s -> true, (tracker, track, at) -> tracker.onAgentReply(track, at, true)),
    WAITING_ON_CUSTOMER(s -> true, SlaTracker::onWaitingOnCustomer),
    RESOLVED(s -> !s.track().resolution().isResolved(), SlaTracker::onResolved),
    REOPENED(s -> s.track().resolution().isResolved(), SlaTracker::onReopened);

    private final Predicate<SlaTracks.Stored> applies;
    private final Move move;

    Change(Predicate<SlaTracks.Stored> applies, Move move) {
      this.applies = applies;
      this.move = move;
    }
  }

  private interface Move {
    SlaTrack apply(SlaTracker tracker, SlaTrack track, Instant at);
  }

  /** Moves the conversation's track, if it has one the change applies to, in its scope. */
  @Transactional
  void changed(long workspaceId, long conversationId, Change change, Instant at) {
    var found = tracks.findAll(workspaceId, List.of(conversationId));
    var changes = new TrackChanges(found, clock.instant());
    var policy = policies.policy(workspaceId);
    found.stream()
        .filter(change.applies)
        .forEach(
            s ->
                changes.move(
                    s,
                    s.scope(),
                    at,
                    (tracker, track) -> change.move.apply(tracker, track, at(track, at)),
                    policy));
    store(workspaceId, changes);
  }

  private void store(long workspaceId, TrackChanges changes) {
    tracks.saveAll(changes.saves(), changes.now());
    routing.slaDueChanged(workspaceId, changes.movedDeadlines());
  }

  /** Events never move a clock to before it started. */
  private static Instant at(SlaTrack track, Instant at) {
    return at.isBefore(track.startedAt()) ? track.startedAt() : at;
  }
}
