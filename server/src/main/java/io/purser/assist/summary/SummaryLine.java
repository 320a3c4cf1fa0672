package io.purser.assist.summary;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One line of a summary as a message key and its arguments, e.g. {@code
 * assist.summary.pending.approval} with {@code [rebook, 2026-12-07T09:10:00Z]}. Arguments are
 * strings: intents and urgencies as wire names (the console words them with its {@code intent.*}
 * and {@code urgency.*} keys), counts in decimal, times as ISO-8601 instants (the console shows
 * them in the agent's zone).
 */
public record SummaryLine(String code, List<String> arguments) {

  public SummaryLine {
    Objects.requireNonNull(code, "code is required");
    arguments = List.copyOf(arguments);
  }

  static SummaryLine of(String code, Object... arguments) {
    return new SummaryLine(code, Arrays.stream(arguments).map(String::valueOf).toList());
  }
}
