package io.purser.sla;

import io.purser.sla.domain.BusinessCalendar;
import io.purser.sla.policy.SlaPolicies;
import io.purser.sla.track.SlaAlerts;
import io.purser.sla.track.TrackViews;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The SLA module's API: each conversation's clocks (first response, next response, resolution),
 * moved by what happens to the conversation, and what they say now — ok, warning, breached or
 * paused, with the time left — for the console's countdown, the REST API and reports; the warnings
 * and breaches fired; and the workspace's SLA policy.
 */
@Service
public class SlaManagement {

  private final TrackViews views;
  private final SlaAlerts alerts;
  private final SlaPolicies policies;

  SlaManagement(TrackViews views, SlaAlerts alerts, SlaPolicies policies) {
    this.views = views;
    this.alerts = alerts;
    this.policies = policies;
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

  /**
   * A warning or breach as it was fired.
   *
   * @param kind {@code warning} or {@code breached}
   * @param escalation what followed a breach (null for a warning)
   */
  public record FiredEvent(
      long conversationId,
      String clock,
      String kind,
      Instant dueAt,
      Instant firedAt,
      String escalation) {}

  public Optional<SlaView> status(long workspaceId, long conversationId) {
    return views.status(workspaceId, conversationId);
  }

  /** The SLA of several conversations at once (a queue page): absent ones have no SLA. */
  public Map<Long, SlaView> statuses(long workspaceId, Collection<Long> conversationIds) {
    return views.statuses(workspaceId, conversationIds);
  }

  /** Conversations whose SLA started in [from, to), for reports (at most {@code limit}). */
  public List<SlaView> startedBetween(long workspaceId, Instant from, Instant to, int limit) {
    return views.startedBetween(workspaceId, from, to, limit);
  }

  /** Warnings and breaches fired since an instant, newest first (at most 500). */
  public List<FiredEvent> firedSince(long workspaceId, Instant since) {
    return alerts.firedSince(workspaceId, since);
  }

  /** The workspace's policy (the defaults when it has set none). */
  public SlaPolicyDocument policy(long workspaceId) {
    return policies.document(workspaceId);
  }

  /**
   * Replaces the workspace's policy; conversations already under way keep their targets.
   *
   * @throws IllegalArgumentException when the document is not valid, saying why
   */
  public SlaPolicyDocument setPolicy(long workspaceId, SlaPolicyDocument policy, String by) {
    return policies.save(workspaceId, policy, by);
  }

  /**
   * The workspace's time zone: its SLA calendar's ({@code calendar.timeZone}), UTC when the policy
   * names none. The console writes Purser's own times in it.
   */
  public ZoneId timeZone(long workspaceId) {
    var calendar = policies.document(workspaceId).calendar();
    if (calendar == null || calendar.timeZone() == null || calendar.timeZone().isBlank()) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(calendar.timeZone().strip());
    } catch (DateTimeException notAZone) {
      // An "always" calendar does not need its zone, so a policy may carry one that is not valid.
      return ZoneOffset.UTC;
    }
  }

  /** The calendar the workspace's targets count working time on. */
  public BusinessCalendar calendar(long workspaceId) {
    return policies.policy(workspaceId).calendar();
  }
}
