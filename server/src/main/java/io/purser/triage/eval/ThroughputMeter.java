package io.purser.triage.eval;

import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Measures full triage on one thread: warms the JIT up on the texts until it has finished compiling
 * them (at least ten passes, then until a whole pass went by without the JIT compiling anything, at
 * most sixty), then times every call of nine passes, in CPU time of this thread (what one core
 * does, whatever else runs on a shared machine) and in wall-clock time (what a caller waits,
 * including preemption by other processes). The rate is that of the median pass, so one pass
 * disturbed by a late compilation or a collection does not decide. Runs still differ from one JVM
 * to the next on a shared machine, and the slow runs also have the slow p99: quote the median of
 * several runs.
 *
 * <p>The warm-up waits for the JIT rather than counting passes: on a busy machine the starved
 * compiler threads would otherwise leave the measured passes partly interpreted.
 *
 * @param perCpuSecond messages triaged per second of this thread's CPU time
 * @param p99CpuMicros the 99th percentile of one call's CPU time, in microseconds
 * @param perWallSecond messages triaged per second of elapsed time
 * @param p99WallMicros the 99th percentile of one call's elapsed time, in microseconds
 */
public record ThroughputMeter(
    double perCpuSecond, double p99CpuMicros, double perWallSecond, double p99WallMicros) {

  static final int WARM_UP_PASSES = 10;
  static final int MAX_WARM_UP_PASSES = 60;
  static final int MEASURED_PASSES = 9;

  /** Keeps the JIT from dropping calls whose results are otherwise unused. */
  private static volatile long consumed;

  public static ThroughputMeter run(Triage triage, List<TriageRequest> requests) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
    long sink = 0;
    long compiledBefore = jitTimed ? jit.getTotalCompilationTime() : 0;
    for (int pass = 0; pass < MAX_WARM_UP_PASSES; pass++) {
      for (TriageRequest request : requests) {
        sink += triage.classify(request).reasons().size();
      }
      long compiled = jitTimed ? jit.getTotalCompilationTime() : 0;
      if (pass + 1 >= WARM_UP_PASSES && compiled == compiledBefore) {
        break;
      }
      compiledBefore = compiled;
    }
    int n = requests.size() * MEASURED_PASSES;
    long[] cpu = new long[n];
    long[] wall = new long[n];
    double[] cpuRates = new double[MEASURED_PASSES];
    double[] wallRates = new double[MEASURED_PASSES];
    int i = 0;
    for (int pass = 0; pass < MEASURED_PASSES; pass++) {
      long beginCpu = threads.getCurrentThreadCpuTime();
      long beginWall = System.nanoTime();
      for (TriageRequest request : requests) {
        long startCpu = threads.getCurrentThreadCpuTime();
        long startWall = System.nanoTime();
        sink += triage.classify(request).reasons().size();
        wall[i] = System.nanoTime() - startWall;
        cpu[i++] = threads.getCurrentThreadCpuTime() - startCpu;
      }
      cpuRates[pass] = rate(requests.size(), threads.getCurrentThreadCpuTime() - beginCpu);
      wallRates[pass] = rate(requests.size(), System.nanoTime() - beginWall);
    }
    consumed = sink;
    return new ThroughputMeter(
        median(cpuRates), p99Micros(cpu), median(wallRates), p99Micros(wall));
  }

  /** The median pass: one pass disturbed by a late compilation or a collection does not decide. */
  static double median(double[] rates) {
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double rate(int count, long nanos) {
    return nanos <= 0 ? 0 : count * 1e9 / nanos;
  }

  private static double p99Micros(long[] nanos) {
    if (nanos.length == 0) {
      return 0;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1_000.0;
  }
}
