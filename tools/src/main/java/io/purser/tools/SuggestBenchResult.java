package io.purser.tools;

import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The outcome of a suggestion benchmark run.
 *
 * @param conversations solved conversations indexed
 * @param queries suggestion calls timed (each for three replies)
 * @param buildSeconds time to build the engine (triage of every conversation, index, templates)
 * @param heapMegabytes heap the built engine holds (used heap after a GC, before and after)
 * @param p95CpuMillis the 95th percentile of the CPU time of one query: on a shared machine a
 *     steadier measure of cost than the elapsed time, which includes waiting for a core
 */
record SuggestBenchResult(
    int conversations,
    int queries,
    double buildSeconds,
    double heapMegabytes,
    double p50Millis,
    double p95Millis,
    double p99Millis,
    double p95CpuMillis)
    implements BenchReport {

  @Override
  public String summary() {
    return """
        Suggestion benchmark: %,d solved conversations indexed in %.1f s, %.0f MB of heap
          %,d queries (three replies each): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms
          CPU time per query: p95 %.2f ms
        """
        .formatted(
            conversations,
            buildSeconds,
            heapMegabytes,
            queries,
            p50Millis,
            p95Millis,
            p99Millis,
            p95CpuMillis);
  }

  @Override
  public String json() {
    var node = JsonNodeFactory.instance.objectNode();
    node.put("conversations", conversations);
    node.put("queries", queries);
    node.put("build_s", BenchResult.round(buildSeconds, 1));
    node.put("heap_mb", BenchResult.round(heapMegabytes, 0));
    node.put("p50_ms", BenchResult.round(p50Millis, 2));
    node.put("p95_ms", BenchResult.round(p95Millis, 2));
    node.put("p99_ms", BenchResult.round(p99Millis, 2));
    node.put("p95_cpu_ms", BenchResult.round(p95CpuMillis, 2));
    return node.toString();
  }
}
