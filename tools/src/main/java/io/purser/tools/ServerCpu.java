package io.purser.tools;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The CPU time a page costs the server, steadier than its elapsed time on a shared machine: the web
 * server's request threads (which run H2's queries too) and, on a PostgreSQL server of this
 * machine, the backends serving this database (read from {@code /proc}; zero when they cannot be
 * read, for example on another host). The backends also serve the application's background work
 * (routing's rescoring sweep, the SLA sweeper): {@link #backgroundPerSecond} measures it with no
 * page requested, so that a page is charged only for what it adds.
 */
final class ServerCpu {

  /** Linux's clock ticks per second for {@code /proc/<pid>/stat} (USER_HZ, 100 on every build). */
  private static final double TICK_NANOS = 1e9 / 100;

  private final JdbcClient jdbc;
  private final boolean postgres;

  ServerCpu(DataSource dataSource, boolean postgres) {
    this.jdbc = JdbcClient.create(dataSource);
    this.postgres = postgres;
  }

  /** CPU nanoseconds used so far, by the request threads and by the database. */
  record Snapshot(long web, Map<Long, Long> backends) {

    /** CPU nanoseconds used since {@code earlier}: {web, database}. */
    long[] since(Snapshot earlier) {
      long database = 0;
      for (var backend : backends.entrySet()) {
        database += backend.getValue() - earlier.backends.getOrDefault(backend.getKey(), 0L);
      }
      return new long[] {web - earlier.web, database};
    }
  }

  /** Database CPU nanoseconds a second spent with no page requested, over {@code millis}. */
  double backgroundPerSecond(long millis) throws InterruptedException {
    var before = snapshot();
    long start = System.nanoTime();
    Thread.sleep(millis);
    var used = snapshot().since(before);
    return used[1] / ((System.nanoTime() - start) / 1e9);
  }

  Snapshot snapshot() {
    return new Snapshot(webThreads(), postgres ? backends() : Map.of());
  }

  private static long webThreads() {
    var threads = ManagementFactory.getThreadMXBean();
    long nanos = 0;
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("http-nio")) {
        nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return nanos;
  }

  private Map<Long, Long> backends() {
    var pids =
        jdbc.sql("select pid from pg_stat_activity where datname = current_database()")
            .query(Long.class)
            .list();
    var cpu = new HashMap<Long, Long>();
    for (long pid : pids) {
      try {
        var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the command name (which may hold spaces) start at state; utime and stime
        // are the 14th and 15th fields of the whole line.
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        cpu.put(pid, (long) (ticks * TICK_NANOS));
      } catch (IOException | RuntimeException e) {
        // Another host's server, or a backend that just ended: its time is not counted.
      }
    }
    return cpu;
  }
}
