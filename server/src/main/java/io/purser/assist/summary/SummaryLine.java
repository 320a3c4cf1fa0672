package io.purser.assist.summary;

import java.util.List;
import java.util.Objects;

/**
 * One line of a summary as a message key and its arguments, e.g. {@code
 * assist.summary.pending.approval} with {@code [rebook]}.
 */
public record SummaryLine(String code, List<String> arguments) {

  public SummaryLine {
    Objects.requireNonNull(code, "code is required");
    arguments = List.copyOf(arguments);
  }

  static SummaryLine of(String code, Object... arguments) {
    return new SummaryLine(code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
  }
}
