package io.purser.console.wallboard;

import io.purser.routing.RoutingManagement.AgentView;
import io.purser.routing.domain.Surge;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the wallboard shows at one moment: the waiting queue and how it splits, the SLA's risks, the
 * agents, the surges, today's first response against its target and today's volume by hour against
 * the same day a week before.
 *
 * @param waiting conversations waiting for an agent (nobody owns them; the customer waits)
 * @param oldestSince when the longest-waiting of them started waiting, or null
 * @param byBand the waiting conversations by priority band (high, normal, low)
 * @param byChannel the waiting conversations by channel
 * @param byIntent the waiting conversations by intent, the most frequent first
 * @param splitCapped the splits were counted over the {@value Wallboard#SPLIT_AT_MOST} waiting
 *     conversations of highest priority only (more were waiting)
 * @param atRisk active conversations whose SLA clock is within its warning lead time
 * @param breached active conversations whose SLA clock is past due now
 * @param breachedLastHour conversations whose SLA was breached in the last hour
 * @param agents every agent, with their presence and load
 * @param firstResponse today's first response by a person, from the reports' model
 * @param firstResponseTarget the SLA policy's first-response target (before any override)
 * @param hours today's conversations per hour of day, against the same hours a week before
 */
public record WallboardView(
    long waiting,
    Instant oldestSince,
    List<Count> byBand,
    List<Count> byChannel,
    List<Count> byIntent,
    boolean splitCapped,
    long atRisk,
    long breached,
    long breachedLastHour,
    List<AgentView> agents,
    List<Count> agentsByPresence,
    long openLoad,
    long capacity,
    List<Surge> surges,
    boolean surgeMode,
    long conversationsToday,
    Double firstResponseP50Seconds,
    Double firstResponseP90Seconds,
    Double withinSla,
    Duration firstResponseTarget,
    List<HourVolume> hours) {

  /** How many of something there are, under its wire name (a band, a channel, an intent). */
  public record Count(String key, long count) {}

  /** The conversations started in one hour of the day, today and the same day a week before. */
  public record HourVolume(int hour, long today, long lastWeek) {}

  /** Whether a first-response figure is over the target (null when nothing was measured). */
  public boolean overTarget(Double seconds) {
    return seconds != null
        && firstResponseTarget != null
        && seconds > firstResponseTarget.toSeconds();
  }
}
