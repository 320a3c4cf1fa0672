package io.purser.tools;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * {@code ./purser bench reports [--db h2|postgres] [--conversations N] [--days D] [--requests R]
 * [--json]}: starts the real application on a fresh database, fills one workspace's reports model
 * with N conversations spread over D days ({@link ReportsBenchData}), then times, one request at a
 * time at the HTTP endpoints, the summary and the breakdowns over 30-day ranges (with and without
 * filters) and the streamed per-conversation export of the last 30 days.
 */
public final class ReportsBenchCommand {

  static final String USAGE =
      """
      Usage: purser bench reports [--db h2|postgres] [--conversations N] [--days D] [--requests R] [--json]
        --db             h2 (a fresh file database; default) or postgres (see bench pipeline)
        --conversations  conversations in the reports model (default 100000)
        --days           the span they started over, ending now (default 365)
        --requests       timed requests per endpoint (default 200, after 50 to warm up)
      """;

  private static final List<String> FILTERS =
      List.of("", "&channel=x", "&intent=refund", "&agent=7", "&band=urgent", "&team=Baggage");
  private static final List<String> BREAKDOWNS =
      List.of("channel", "intent", "hour", "day", "agent", "team");

  private ReportsBenchCommand() {}

  public static int run(Class<?> application, String[] args) {
    return BenchReport.print("reports", USAGE, () -> options(args), o -> bench(application, o));
  }

  private static CommandOptions options(String[] args) {
    var options =
        CommandOptions.parse(
            args, Set.of("db", "conversations", "days", "requests"), Set.of("json"));
    if (!options.words().equals(List.of("reports"))) {
      throw new CommandOptions.UsageException("expected 'reports'");
    }
    return options;
  }

  record Figures(
      String db,
      int conversations,
      int days,
      ConsoleBenchCommand.Timing summaryTiming,
      ConsoleBenchCommand.Timing breakdownTiming,
      double exportRowsPerSecond,
      long exportRows,
      double fillSeconds)
      implements BenchReport {

    @Override
    public String summary() {
      return String.format(
          Locale.ROOT,
          "Reports on %s: %,d conversations over %d days (filled in %.0f s)%n"
              + "  30-day summary p95 %.1f ms, breakdown p95 %.1f ms%n"
              + "  CPU per request (web + database): summary %.1f + %.1f ms, breakdown %.1f +"
              + " %.1f ms%n"
              + "  export of the last 30 days: %,d rows at %,.0f rows/s%n",
          db,
          conversations,
          days,
          fillSeconds,
          summaryTiming.p95(),
          breakdownTiming.p95(),
          summaryTiming.webCpu(),
          summaryTiming.dbCpu(),
          breakdownTiming.webCpu(),
          breakdownTiming.dbCpu(),
          exportRows,
          exportRowsPerSecond);
    }

    @Override
    public String json() {
      return String.format(
          Locale.ROOT,
          "{\"db\":\"%s\",\"conversations\":%d,\"days\":%d,\"summary_p95_ms\":%.1f,"
              + "\"breakdown_p95_ms\":%.1f,\"export_rows_per_s\":%.0f,\"export_rows\":%d,"
              + "\"summary_cpu_ms\":%.1f,\"breakdown_cpu_ms\":%.1f}",
          db,
          conversations,
          days,
          summaryTiming.p95(),
          breakdownTiming.p95(),
          exportRowsPerSecond,
          exportRows,
          summaryTiming.webCpu() + summaryTiming.dbCpu(),
          breakdownTiming.webCpu() + breakdownTiming.dbCpu());
    }
  }

  private static Figures bench(Class<?> application, CommandOptions options)
      throws IOException, InterruptedException, SQLException {
    int conversations = options.integer("conversations", 100_000);
    int days = options.integer("days", 365);
    int requests = options.integer("requests", 200);
    var accountId = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50));
    try (var database = BenchDatabase.of(options.text("db", "h2"));
        var server = new BenchServer(application, database)) {
      var workspace = server.createWorkspaceWithXAccount("reports-" + accountId, accountId);
      System.err.printf("Filling %,d conversations over %d days...%n", conversations, days);
      long fillStart = System.nanoTime();
      new ReportsBenchData().fill(server.dataSource(), workspace.id(), conversations, days);
      double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
      var client = new ConsoleClient(server.baseUrl(), workspace.adminToken());
      var cpu = new ServerCpu(server.dataSource(), database.kind().equals("postgres"));
      var now = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
      int span = Math.max(1, days - 30);
      IntFunction<String> range =
          i -> {
            var to = now.minus(Duration.ofDays(i % 7 == 0 ? 0 : (i * 37L) % span));
            return "from=" + to.minus(Duration.ofDays(30)) + "&to=" + to;
          };
      var summary =
          ConsoleBenchCommand.p95(
              client,
              cpu,
              requests,
              i -> "/api/v1/reports/summary?" + range.apply(i) + FILTERS.get(i % FILTERS.size()));
      var breakdown =
          ConsoleBenchCommand.p95(
              client,
              cpu,
              requests,
              i ->
                  "/api/v1/reports/breakdown?by="
                      + BREAKDOWNS.get(i % BREAKDOWNS.size())
                      + "&"
                      + range.apply(i));
      var export = client.lines("/api/v1/reports/conversations?format=csv&" + range.apply(0));
      return new Figures(
          database.kind(),
          conversations,
          days,
          summary,
          breakdown,
          (export[0] - 1) / (export[1] / 1e9),
          export[0] - 1,
          fillSeconds);
    }
  }
}
