package io.purser.console.wallboard;

import io.purser.console.wallboard.WallboardView.Count;
import io.purser.console.wallboard.WallboardView.HourVolume;
import io.purser.reports.ReportBreakdown;
import io.purser.reports.ReportQuery;
import io.purser.reports.ReportsManagement;
import io.purser.routing.QueueItem;
import io.purser.routing.QueueView;
import io.purser.routing.RoutingManagement;
import io.purser.routing.RoutingManagement.AgentView;
import io.purser.routing.domain.PriorityBand;
import io.purser.sla.SlaManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Gathers the wallboard's figures through the modules' APIs: the queue and the agents from routing,
 * the clocks and the target from the SLA module, today's first response and the volumes by hour
 * from the reports' model (the same figures {@code /api/v1/reports} gives for those ranges).
 */
@Component
class Wallboard {

  /** The waiting conversations split by band, channel and intent: at most this many are read. */
  static final int SPLIT_AT_MOST = 1_000;

  /** The active conversations whose SLA clocks are looked at, highest priority first. */
  static final int CLOCKS_AT_MOST = 1_000;

  static final List<String> CHANNELS = List.of("x", "facebook", "instagram", "whatsapp");
  static final List<String> PRESENCES = List.of("available", "busy", "away", "offline");

  private final RoutingManagement routing;
  private final SlaManagement sla;
  private final ReportsManagement reports;
  private final Clock clock;

  Wallboard(RoutingManagement routing, SlaManagement sla, ReportsManagement reports, Clock clock) {
    this.routing = routing;
    this.sla = sla;
    this.reports = reports;
    this.clock = clock;
  }

  /** The wallboard of the workspace, as a supervisor ({@code userId}) sees it now. */
  WallboardView now(long workspaceId, long userId) {
    var now = clock.instant();
    var depth = routing.queueDepth(workspaceId);
    var unassigned = routing.queue(workspaceId, userId, QueueView.UNASSIGNED, 0, SPLIT_AT_MOST);
    var waiting = unassigned.stream().filter(QueueItem::waiting).toList();

    var active = routing.queue(workspaceId, userId, QueueView.ALL, 0, CLOCKS_AT_MOST);
    var clocks = sla.statuses(workspaceId, active.stream().map(QueueItem::conversationId).toList());
    long atRisk = clocks.values().stream().filter(v -> "warning".equals(v.worstStatus())).count();
    long breached =
        clocks.values().stream().filter(v -> "breached".equals(v.worstStatus())).count();
    var breachedLastHour = new HashSet<Long>();
    for (var fired : sla.firedSince(workspaceId, now.minus(Duration.ofHours(1)))) {
      if ("breached".equals(fired.kind())) {
        breachedLastHour.add(fired.conversationId());
      }
    }

    var agents = routing.agents(workspaceId);

    var zone = reports.timeZone(workspaceId);
    var today = LocalDate.ofInstant(now, zone);
    var todayQuery = day(today, zone);
    var figures = reports.summary(workspaceId, todayQuery);
    var first = figures.firstResponse();

    var working = agents.stream().filter(Wallboard::isWorking).toList();
    return new WallboardView(
        depth.waiting(),
        depth.oldestSince(),
        counted(
            waiting,
            QueueItem::priorityBand,
            Arrays.stream(PriorityBand.values()).map(PriorityBand::wireName).toList()),
        counted(waiting, QueueItem::network, CHANNELS),
        counted(waiting, QueueItem::intent, List.of()),
        unassigned.size() == SPLIT_AT_MOST,
        atRisk,
        breached,
        breachedLastHour.size(),
        agents,
        counted(agents, AgentView::presence, PRESENCES),
        working.stream().mapToLong(AgentView::open).sum(),
        working.stream().mapToLong(AgentView::capacity).sum(),
        routing.surges(workspaceId),
        routing.surgeMode(workspaceId).active(),
        figures.conversations(),
        first.p50Seconds(),
        first.p90Seconds(),
        first.withinSla(),
        firstResponseTarget(workspaceId),
        hours(workspaceId, today, zone));
  }

  private static boolean isWorking(AgentView agent) {
    return "available".equals(agent.presence()) || "busy".equals(agent.presence());
  }

  /**
   * Today's conversations per hour against the same day a week before, both as the reports' hourly
   * breakdown counts them (by the hour they started, in the workspace's zone).
   */
  private List<HourVolume> hours(long workspaceId, LocalDate today, ZoneId zone) {
    var now = perHour(workspaceId, day(today, zone));
    var before = perHour(workspaceId, day(today.minusWeeks(1), zone));
    var hours = new ArrayList<HourVolume>(24);
    for (int hour = 0; hour < 24; hour++) {
      hours.add(new HourVolume(hour, now.getOrDefault(hour, 0L), before.getOrDefault(hour, 0L)));
    }
    return hours;
  }

  private Map<Integer, Long> perHour(long workspaceId, ReportQuery query) {
    var counts = new LinkedHashMap<Integer, Long>();
    for (var item : reports.breakdown(workspaceId, ReportBreakdown.By.HOUR, query)) {
      if (item.key() != null) {
        counts.put(Integer.valueOf(item.key()), item.figures().conversations());
      }
    }
    return counts;
  }

  /** The conversations started on a local day of the workspace (23 or 25 hours across a shift). */
  private static ReportQuery day(LocalDate date, ZoneId zone) {
    return ReportQuery.between(
        date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
  }

  private Duration firstResponseTarget(long workspaceId) {
    var targets = sla.policy(workspaceId).targets();
    if (targets == null || targets.firstResponse() == null) {
      return null;
    }
    try {
      return Duration.parse(targets.firstResponse());
    } catch (DateTimeParseException unreadable) {
      return null; // a saved policy is checked; this only guards the page against an old one
    }
  }

  /**
   * How many items have each value of {@code key}: first the values of {@code order} (each, even at
   * zero), then the others, most frequent first; items without a value are left out.
   */
  static <T> List<Count> counted(List<T> items, Function<T, String> key, List<String> order) {
    var counts = new LinkedHashMap<String, Long>();
    order.forEach(value -> counts.put(value, 0L));
    items.stream()
        .map(key)
        .filter(Objects::nonNull)
        .forEach(value -> counts.merge(value, 1L, Long::sum));
    var listed = new ArrayList<Count>();
    order.forEach(value -> listed.add(new Count(value, counts.remove(value))));
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> listed.add(new Count(e.getKey(), e.getValue())));
    return listed;
  }
}
