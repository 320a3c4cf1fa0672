package io.purser.tools;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
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
        --requests       timed requests per endpoint (default 200, after 20 to warm up)
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
      double summaryP95,
      double breakdownP95,
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
              + "  export of the last 30 days: %,d rows at %,.0f rows/s%n",
          db,
          conversations,
          days,
          fillSeconds,
          summaryP95,
          breakdownP95,
          exportRows,
          exportRowsPerSecond);
    }

    @Override
    public String json() {
      return String.format(
          Locale.ROOT,
          "{\"db\":\"%s\",\"conversations\":%d,\"days\":%d,\"summary_p95_ms\":%.1f,"
              + "\"breakdown_p95_ms\":%.1f,\"export_rows_per_s\":%.0f,\"export_rows\":%d}",
          db,
          conversations,
          days,
          summaryP95,
          breakdownP95,
          exportRowsPerSecond,
          exportRows);
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
      var client = new Client(server.baseUrl(), workspace.adminToken());
      var now = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
      int span = Math.max(1, days - 30);
      IntFunction<String> range =
          i -> {
            var to = now.minus(Duration.ofDays(i % 7 == 0 ? 0 : (i * 37L) % span));
            return "from=" + to.minus(Duration.ofDays(30)) + "&to=" + to;
          };
      double summary =
          client.p95(
              requests,
              i -> "/api/v1/reports/summary?" + range.apply(i) + FILTERS.get(i % FILTERS.size()));
      double breakdown =
          client.p95(
              requests,
              i ->
                  "/api/v1/reports/breakdown?by="
                      + BREAKDOWNS.get(i % BREAKDOWNS.size())
                      + "&"
                      + range.apply(i));
      var export = client.export("/api/v1/reports/conversations?format=csv&" + range.apply(0));
      return new Figures(
          database.kind(),
          conversations,
          days,
          summary,
          breakdown,
          export[0] / (export[1] / 1e9),
          export[0],
          fillSeconds);
    }
  }

  /** An API client with the workspace administrator's token. */
  private record Client(String base, String token, HttpClient http) {

    Client(String base, String token) {
      this(base, token, HttpClient.newHttpClient());
    }

    double p95(int requests, IntFunction<String> path) throws IOException, InterruptedException {
      for (int i = 0; i < 20; i++) {
        time(path.apply(i));
      }
      var times = new long[requests];
      for (int i = 0; i < requests; i++) {
        times[i] = time(path.apply(i));
      }
      Arrays.sort(times);
      double p95 = times[(int) Math.ceil(requests * 0.95) - 1] / 1e6;
      System.err.printf(Locale.ROOT, "  %s… p95 %.1f ms%n", path.apply(0), p95);
      return p95;
    }

    long time(String path) throws IOException, InterruptedException {
      long start = System.nanoTime();
      var response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
      long took = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      return took;
    }

    /** Reads the export as it streams; answers its rows and the nanoseconds it took. */
    long[] export(String path) throws IOException, InterruptedException {
      long start = System.nanoTime();
      var response = http.send(request(path), HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      long lines = 0;
      try (InputStream in = response.body()) {
        var buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          for (int k = 0; k < n; k++) {
            lines += buffer[k] == '\n' ? 1 : 0;
          }
        }
      }
      long took = System.nanoTime() - start;
      return new long[] {lines - 1, took};
    }

    private HttpRequest request(String path) {
      return HttpRequest.newBuilder(URI.create(base + path))
          .header("Authorization", "Bearer " + token)
          .GET()
          .build();
    }
  }
}
