package io.purser.sla.domain;

import java.util.Objects;

/**
 * Targets that replace a policy's defaults for the conversations that match: every criterion that
 * is set ({@code null} criteria match anything) must match. Only the targets the override sets are
 * replaced; the others stay the defaults.
 */
public record SlaOverride(
    String channel, Visibility visibility, String priorityBand, SlaTargets targets) {

  /** Whether a conversation is public (posts, comments) or private (direct messages). */
  public enum Visibility {
    PUBLIC,
    PRIVATE
  }

  public SlaOverride {
    channel = channel == null ? null : SlaScope.normalised(channel, "channel");
    priorityBand = priorityBand == null ? null : SlaScope.normalised(priorityBand, "priority band");
    Objects.requireNonNull(targets, "targets");
    if (channel == null && visibility == null && priorityBand == null) {
      throw new IllegalArgumentException(
          "an override must name a channel, a visibility or a priority band;"
              + " to change every conversation, change the policy's defaults");
    }
  }

  public boolean matches(SlaScope scope) {
    return (channel == null || channel.equals(scope.channel()))
        && (visibility == null || (visibility == Visibility.PUBLIC) == scope.isPublic())
        && (priorityBand == null || priorityBand.equals(scope.priorityBand()));
  }

  /** How many criteria this override sets: the more, the more specific. */
  public int specificity() {
    return (channel == null ? 0 : 1)
        + (visibility == null ? 0 : 1)
        + (priorityBand == null ? 0 : 1);
  }
}
