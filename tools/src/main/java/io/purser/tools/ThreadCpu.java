package io.purser.tools;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time by kind of thread (web server, inbox writer, pipeline, clients, compiler…), to show
 * where a benchmark's cost goes without a profiler. Threads are grouped by name without digits.
 */
final class ThreadCpu {

  private final Map<String, Long> before;

  ThreadCpu() {
    this.before = snapshot();
  }

  /** CPU milliseconds used by each kind of thread since construction, largest first. */
  String since() {
    var now = snapshot();
    var used = new HashMap<String, Long>();
    now.forEach((group, nanos) -> used.put(group, nanos - before.getOrDefault(group, 0L)));
    return used.entrySet().stream()
        .filter(e -> e.getValue() > 100_000_000L)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(8)
        .map(e -> "%s %.1f s".formatted(e.getKey(), e.getValue() / 1e9))
        .collect(Collectors.joining(", "));
  }

  private static Map<String, Long> snapshot() {
    var threads = ManagementFactory.getThreadMXBean();
    var groups = new HashMap<String, Long>();
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long cpu = threads.getThreadCpuTime(info.getThreadId());
      if (cpu > 0) {
        groups.merge(info.getThreadName().replaceAll("[0-9]+", "N"), cpu, Long::sum);
      }
    }
    return groups;
  }
}
