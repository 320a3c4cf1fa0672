package io.purser.sla.track;

import io.purser.sla.SlaManagement.ClockView;
import io.purser.sla.SlaManagement.Metrics;
import io.purser.sla.SlaManagement.SlaView;
import io.purser.sla.domain.SlaEvaluation;
import io.purser.sla.policy.SlaPolicies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Conversations' SLA as it stands now: their clocks, worst status and measured times. */
@Component
public class TrackViews {

  private final SlaTracks tracks;
  private final SlaPolicies policies;
  private final Clock clock;

  TrackViews(SlaTracks tracks, SlaPolicies policies, Clock clock) {
    this.tracks = tracks;
    this.policies = policies;
    this.clock = clock;
  }

  public Optional<SlaView> status(long workspaceId, long conversationId) {
    return statuses(workspaceId, List.of(conversationId)).values().stream().findFirst();
  }

  /** The SLA of several conversations at once: absent ones have no SLA. */
  public Map<Long, SlaView> statuses(long workspaceId, Collection<Long> conversationIds) {
    var now = clock.instant();
    var policy = policies.policy(workspaceId).name();
    var result = new HashMap<Long, SlaView>();
    for (var stored : tracks.findAll(workspaceId, conversationIds)) {
      result.put(stored.conversationId(), view(stored, policy, now));
    }
    return result;
  }

  /** Conversations whose SLA started in [from, to) (at most {@code limit}). */
  public List<SlaView> startedBetween(long workspaceId, Instant from, Instant to, int limit) {
    var now = clock.instant();
    var policy = policies.policy(workspaceId).name();
    return tracks.startedBetween(workspaceId, from, to, limit).stream()
        .map(s -> view(s, policy, now))
        .toList();
  }

  private static SlaView view(SlaTracks.Stored s, String policy, Instant now) {
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
