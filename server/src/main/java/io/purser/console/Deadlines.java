package io.purser.console;

import io.purser.sla.SlaManagement;
import io.purser.sla.SlaManagement.ClockView;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The SLA deadline the console shows for each conversation: the SLA module's next running clock
 * (with its own warning time and status), else the deadline routing was told about.
 */
@Service
public class Deadlines {

  private final SlaManagement sla;
  private final Clock clock;

  Deadlines(SlaManagement sla, Clock clock) {
    this.sla = sla;
    this.clock = clock;
  }

  public Map<Long, Deadline> of(
      long workspaceId, Collection<Long> ids, Function<Long, Instant> fallback) {
    var views = sla.statuses(workspaceId, ids);
    var now = clock.instant();
    var deadlines = new HashMap<Long, Deadline>();
    for (var id : ids) {
      var view = views.get(id);
      Deadline deadline = null;
      if (view != null && view.nextDueAt() != null) {
        deadline =
            view.clocks().stream()
                .filter(c -> view.nextDueAt().equals(c.dueAt()) && !"paused".equals(c.status()))
                .findFirst()
                .map(Deadlines::deadline)
                .orElse(null);
      }
      if (deadline == null && view == null) {
        deadline = Deadline.of(fallback.apply(id), now);
      }
      if (deadline != null) {
        deadlines.put(id, deadline);
      }
    }
    return deadlines;
  }

  private static Deadline deadline(ClockView c) {
    var warnAt = c.warnAt() == null ? c.dueAt().minus(Deadline.DEFAULT_WARNING) : c.warnAt();
    return new Deadline(c.clock(), c.dueAt(), warnAt, c.status());
  }
}
