package io.purser.airline.domain;

import java.util.List;

/**
 * An alternative as the agent sees it: whether it fits what the customer asked, whether it is the
 * one the customer pointed at, and why it is where it is in the list.
 */
public record RankedAlternative(
    Alternative alternative, boolean fits, boolean shown, List<String> reasons) {

  public RankedAlternative {
    reasons = List.copyOf(reasons);
  }
}
