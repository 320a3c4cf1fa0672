package io.purser.tools;

import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The outcome of a pipeline benchmark run.
 *
 * @param messages distinct messages sent (redeliveries not counted)
 * @param seconds from the first POST to the last message committed in its conversation
 * @param cpuSeconds CPU time this process (server and clients) used meanwhile: on a shared machine
 *     a steadier measure of cost than the elapsed time
 * @param lost acknowledged messages that are not stored
 * @param duplicated external ids stored more than once
 * @param unacknowledged messages none of whose deliveries got a 200, even after retries
 * @param kafka whether Kafka was the inbound log ({@code --kafka})
 */
record BenchResult(
    String db,
    int messages,
    int redeliveries,
    int concurrency,
    double seconds,
    double cpuSeconds,
    double p50Millis,
    double p99Millis,
    int lost,
    int duplicated,
    int unacknowledged,
    boolean kafka)
    implements BenchReport {

  double messagesPerSecond() {
    return seconds == 0 ? 0 : messages / seconds;
  }

  boolean intact() {
    return lost == 0 && duplicated == 0;
  }

  /** 1 when anything was lost or duplicated. */
  @Override
  public int exitCode() {
    return intact() ? 0 : 1;
  }

  @Override
  public String summary() {
    return """
        Pipeline benchmark on %s%s: %,d messages (+%,d redeliveries) with %d clients
          %.1f s end to end, %,.0f messages/s; %.1f CPU seconds (%.2f ms per message)
          latency POST → committed in its conversation: p50 %.1f ms, p99 %.1f ms
          lost %d, duplicated %d, never acknowledged %d
        """
        .formatted(
            db,
            kafka ? " with Kafka" : "",
            messages,
            redeliveries,
            concurrency,
            seconds,
            messagesPerSecond(),
            cpuSeconds,
            cpuSeconds * 1000 / Math.max(1, messages),
            p50Millis,
            p99Millis,
            lost,
            duplicated,
            unacknowledged);
  }

  @Override
  public String json() {
    var node = JsonNodeFactory.instance.objectNode();
    node.put("db", db);
    node.put("messages", messages);
    node.put("seconds", round(seconds, 2));
    node.put("msgs_per_s", round(messagesPerSecond(), 0));
    node.put("p50_ms", round(p50Millis, 1));
    node.put("p99_ms", round(p99Millis, 1));
    node.put("lost", lost);
    node.put("duplicated", duplicated);
    node.put("cpu_s", round(cpuSeconds, 1));
    node.put("unacknowledged", unacknowledged);
    node.put("redeliveries", redeliveries);
    node.put("concurrency", concurrency);
    node.put("kafka", kafka);
    node.put("cpu_ms_per_msg", round(cpuSeconds * 1000 / Math.max(1, messages), 2));
    return node.toString();
  }

  /** {@code value} rounded to {@code decimals} places, for the JSON of the benchmarks. */
  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
