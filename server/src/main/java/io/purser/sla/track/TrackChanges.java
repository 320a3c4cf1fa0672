package io.purser.sla.track;

import io.purser.sla.domain.SlaEvaluation;
import io.purser.sla.domain.SlaPolicy;
import io.purser.sla.domain.SlaScope;
import io.purser.sla.domain.SlaTrack;
import io.purser.sla.domain.SlaTracker;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tracks of one workspace's conversations as events move them: a conversation's events apply in
 * the order they came, each from where the one before left its track, and only its last state is
 * saved.
 */
final class TrackChanges {

  private static final Logger log = LoggerFactory.getLogger(TrackChanges.class);

  private final Map<Long, SlaTracks.Stored> original = new HashMap<>();
  private final Map<Long, SlaTracks.Save> saves = new LinkedHashMap<>();
  private final Instant now;

  TrackChanges(Collection<SlaTracks.Stored> stored, Instant now) {
    stored.forEach(s -> original.put(s.conversationId(), s));
    this.now = now;
  }

  /** The conversation's track as the changes so far left it (null: it has none). */
  SlaTracks.Stored current(long conversationId) {
    var saved = saves.get(conversationId);
    return saved != null ? saved.stored() : original.get(conversationId);
  }

  void put(SlaTracks.Stored after) {
    saves.put(
        after.conversationId(),
        new SlaTracks.Save(
            after,
            SlaEvaluation.of(after.track(), now).nextChangeAt(),
            original.get(after.conversationId())));
  }

  /**
   * Moves the track by one change, in the given scope. A change the clocks cannot take (an event
   * stamped in a way the domain refuses) is logged and skipped: the SLA must never stop a message
   * from being stored.
   */
  void move(
      SlaTracks.Stored before,
      SlaScope scope,
      Instant at,
      BiFunction<SlaTracker, SlaTrack, SlaTrack> change,
      SlaPolicy policy) {
    SlaTrack moved;
    try {
      moved = change.apply(new SlaTracker(policy.calendar()), before.track());
    } catch (IllegalArgumentException refused) {
      log.warn(
          "SLA of conversation {} not moved by an event at {}: {}",
          before.conversationId(),
          at,
          refused.getMessage());
      return;
    }
    put(new SlaTracks.Stored(before.conversationId(), before.workspaceId(), scope, moved));
  }

  Collection<SlaTracks.Save> saves() {
    return saves.values();
  }

  /** The earliest deadline of each track whose earliest deadline moved (null: none runs). */
  Map<Long, Instant> movedDeadlines() {
    var dues = new LinkedHashMap<Long, Instant>();
    for (var save : saves.values()) {
      var due = save.stored().track().earliestDueAt();
      var before = save.before();
      if (!Objects.equals(due, before == null ? null : before.track().earliestDueAt())) {
        dues.put(save.stored().conversationId(), due);
      }
    }
    return dues;
  }

  Instant now() {
    return now;
  }
}
