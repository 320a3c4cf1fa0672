package io.purser.sla.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A workspace's SLA policy: default targets, overrides by channel, visibility and priority band,
 * and the calendar on which the targets are counted. Of the overrides that match a conversation,
 * the most specific wins; among equally specific ones, the first in the list.
 */
public record SlaPolicy(
    String name, BusinessCalendar calendar, SlaTargets defaults, List<SlaOverride> overrides) {

  public SlaPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(defaults, "defaults");
    overrides = List.copyOf(Objects.requireNonNull(overrides, "overrides"));
  }

  /** The targets for a conversation of this scope. */
  public SlaTargets targetsFor(SlaScope scope) {
    Objects.requireNonNull(scope, "scope");
    SlaOverride best = null;
    for (var override : overrides) {
      if (override.matches(scope)
          && (best == null || override.specificity() > best.specificity())) {
        best = override;
      }
    }
    return best == null ? defaults : defaults.replacedBy(best.targets());
  }

  /** The tracker that moves conversations' SLA clocks on this policy's calendar. */
  public SlaTracker tracker() {
    return new SlaTracker(calendar);
  }

  /** Starts the clocks of a conversation of this scope whose customer first wrote at {@code at}. */
  public SlaTrack start(SlaScope scope, Instant at) {
    return tracker().start(targetsFor(scope), at);
  }
}
