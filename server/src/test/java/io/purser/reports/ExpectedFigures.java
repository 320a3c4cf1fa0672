package io.purser.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures a report should give, computed by the test from what the API shows of each
 * conversation (its messages) and what the test itself did (when it resolved and reopened), with
 * none of the reports module's code.
 */
final class ExpectedFigures {

  /**
   * One conversation as the test saw it.
   *
   * @param firstResponseAt the creation time of the first outbound message the network accepted
   * @param resolvedAt the last resolution the test made, null when reopened since
   */
  record Seen(
      long id,
      Instant startedAt,
      String channel,
      String intent,
      String language,
      Long agent,
      boolean needsResponse,
      boolean movedToPrivate,
      Instant firstResponseAt,
      Instant resolvedAt,
      int reopened,
      Duration slaTarget) {

    Long firstResponseSeconds() {
      return firstResponseAt == null
          ? null
          : Duration.between(startedAt, firstResponseAt).toSeconds();
    }

    Long resolutionSeconds() {
      return resolvedAt == null ? null : Duration.between(startedAt, resolvedAt).toSeconds();
    }

    boolean metSla() {
      return firstResponseAt != null
          && Duration.ofSeconds(firstResponseSeconds()).compareTo(slaTarget) <= 0;
    }
  }

  /** The summary's figures, as the JSON names them. */
  record Figures(
      long conversations,
      Double p50,
      Double p90,
      Double withinSla,
      long unanswered,
      Double resolutionP50,
      Double reopenRate,
      Double movedToPrivate) {}

  private ExpectedFigures() {}

  static Figures of(Collection<Seen> conversations) {
    var firsts = values(conversations, Seen::firstResponseSeconds);
    long needing = conversations.stream().filter(Seen::needsResponse).count();
    long met = conversations.stream().filter(c -> c.needsResponse() && c.metSla()).count();
    long publicOnes = conversations.size();
    return new Figures(
        conversations.size(),
        percentile(firsts, 0.5),
        percentile(firsts, 0.9),
        needing == 0 ? null : (double) met / needing,
        conversations.stream()
            .filter(c -> c.needsResponse() && c.firstResponseAt() == null)
            .count(),
        percentile(values(conversations, Seen::resolutionSeconds), 0.5),
        (double) conversations.stream().filter(c -> c.reopened() > 0).count()
            / conversations.size(),
        (double) conversations.stream().filter(Seen::movedToPrivate).count() / publicOnes);
  }

  /** The conversations grouped by a key, in the key's order, nulls last. */
  static Map<String, List<Seen>> by(Collection<Seen> conversations, Function<Seen, String> key) {
    var grouped = new TreeMap<String, List<Seen>>();
    var none = new ArrayList<Seen>();
    for (var c : conversations) {
      var k = key.apply(c);
      if (k == null) {
        none.add(c);
      } else {
        grouped.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
      }
    }
    var ordered = new LinkedHashMap<String, List<Seen>>(grouped);
    if (!none.isEmpty()) {
      ordered.put(null, none);
    }
    return ordered;
  }

  /** The continuous percentile (linear between the two nearest ranks), as SQL's percentile_cont. */
  static Double percentile(List<Long> values, double p) {
    if (values.isEmpty()) {
      return null;
    }
    var sorted = values.stream().sorted().toList();
    double rank = p * (sorted.size() - 1);
    int low = (int) Math.floor(rank);
    int high = (int) Math.ceil(rank);
    return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (rank - low);
  }

  private static List<Long> values(Collection<Seen> conversations, Function<Seen, Long> value) {
    return conversations.stream().map(value).filter(Objects::nonNull).toList();
  }
}
