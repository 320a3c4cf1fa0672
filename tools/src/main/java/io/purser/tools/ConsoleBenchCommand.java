package io.purser.tools;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code ./purser bench console [--db h2|postgres] [--conversations N] [--requests R] [--json]}:
 * starts the real application on a fresh database, fills one workspace with N conversations (ten
 * messages each on average) through the modules' seeding entry points, signs in as an agent and
 * times the console's queue, conversation and search pages at their HTTP endpoints, one request at
 * a time. Besides each page's 95th percentile it gives the server CPU time a request costs ({@link
 * ServerCpu}), which the other work on a shared machine moves far less than the elapsed time.
 */
public final class ConsoleBenchCommand {

  static final String USAGE =
      """
      Usage: purser bench console [--db h2|postgres] [--conversations N] [--requests R] [--json]
        --db             h2 (a fresh file database; default) or postgres (see bench pipeline)
        --conversations  conversations to create (default 100000), about 10 messages each
        --requests       timed requests per endpoint (default 400, after 50 to warm up)
      """;

  private ConsoleBenchCommand() {}

  public static int run(Class<?> application, String[] args) {
    return BenchReport.print("console", USAGE, () -> options(args), o -> bench(application, o));
  }

  private static CommandOptions options(String[] args) {
    var options =
        CommandOptions.parse(args, Set.of("db", "conversations", "requests"), Set.of("json"));
    if (!options.words().equals(List.of("console"))) {
      throw new CommandOptions.UsageException("expected 'console'");
    }
    return options;
  }

  /**
   * One page's figures.
   *
   * @param p95 the 95th percentile of the elapsed time, in milliseconds
   * @param webCpu CPU milliseconds a request cost the web server's threads (H2's queries included)
   * @param dbCpu CPU milliseconds a request cost PostgreSQL's backends (0 on H2), less what they
   *     spent meanwhile on background work (measured idle just before)
   */
  record Timing(double p95, double webCpu, double dbCpu) {}

  record Figures(
      String db,
      int conversations,
      long messages,
      Timing queue,
      Timing conversation,
      Timing search,
      double fillSeconds)
      implements BenchReport {

    @Override
    public String summary() {
      return String.format(
          Locale.ROOT,
          "Console on %s: %,d conversations, %,d messages (filled in %.0f s)%n"
              + "  queue p95 %.1f ms, conversation p95 %.1f ms, search p95 %.1f ms%n"
              + "  CPU per request (web + database): queue %.1f + %.1f ms, conversation %.1f +"
              + " %.1f ms, search %.1f + %.1f ms%n",
          db,
          conversations,
          messages,
          fillSeconds,
          queue.p95(),
          conversation.p95(),
          search.p95(),
          queue.webCpu(),
          queue.dbCpu(),
          conversation.webCpu(),
          conversation.dbCpu(),
          search.webCpu(),
          search.dbCpu());
    }

    @Override
    public String json() {
      return String.format(
          Locale.ROOT,
          "{\"db\":\"%s\",\"conversations\":%d,\"messages\":%d,\"queue_p95_ms\":%.1f,"
              + "\"conversation_p95_ms\":%.1f,\"search_p95_ms\":%.1f,"
              + "\"queue_cpu_ms\":%.1f,\"conversation_cpu_ms\":%.1f,\"search_cpu_ms\":%.1f}",
          db,
          conversations,
          messages,
          queue.p95(),
          conversation.p95(),
          search.p95(),
          queue.webCpu() + queue.dbCpu(),
          conversation.webCpu() + conversation.dbCpu(),
          search.webCpu() + search.dbCpu());
    }
  }

  private static Figures bench(Class<?> application, CommandOptions options)
      throws IOException, InterruptedException, SQLException {
    int conversations = options.integer("conversations", 100_000);
    int requests = options.integer("requests", 400);
    var accountId = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50));
    try (var database = BenchDatabase.of(options.text("db", "h2"));
        var server = new BenchServer(application, database)) {
      var slug = "console-" + accountId;
      var workspace = server.createWorkspaceWithXAccount(slug, accountId);
      var password = "bench agent passphrase " + accountId;
      var username = "bench-agent-" + accountId;
      long agent = server.createAgent(workspace.adminToken(), username, password);
      var texts = PipelineBenchTexts.load().stream().filter(t -> !t.isBlank()).toList();
      System.err.printf("Filling %,d conversations...%n", conversations);
      long fillStart = System.nanoTime();
      var filled =
          new ConsoleBenchData(server.dataSource(), texts)
              .fill(workspace.id(), workspace.xAccountId(), agent, conversations);
      double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
      var client = new ConsoleClient(server.baseUrl());
      var cpu = new ServerCpu(server.dataSource(), database.kind().equals("postgres"));
      client.signIn(slug, username, password);
      var random = new SplittableRandom(7);
      var views = List.of("all", "unassigned", "mine", "team");
      var queue =
          p95(
              client,
              cpu,
              requests,
              i ->
                  "/console/queue?view="
                      + views.get(i % views.size())
                      + (i % 5 == 4 ? "&offset=50" : ""));
      var conversation =
          p95(
              client,
              cpu,
              requests,
              i ->
                  "/console/conversations/"
                      + (filled.firstConversationId() + random.nextInt(conversations)));
      var searches = searches(filled, random, conversations);
      var search =
          p95(
              client,
              cpu,
              requests,
              i -> "/console/search?q=" + ConsoleClient.encode(searches.get(i % searches.size())));
      return new Figures(
          database.kind(),
          conversations,
          filled.messages(),
          queue,
          conversation,
          search,
          fillSeconds);
    }
  }

  /** What agents look for: record locators, handles, tags, customers' names and a few words. */
  private static List<String> searches(
      ConsoleBenchData.Filled filled, SplittableRandom random, int conversations) {
    var queries = new ArrayList<String>();
    for (int i = 0; i < 40; i++) {
      queries.add(filled.locators().get(random.nextInt(filled.locators().size())));
      queries.add("@traveller_" + random.nextInt(conversations));
      queries.add("Traveller " + random.nextInt(conversations));
      queries.add("#" + ConsoleBenchData.TAGS[i % ConsoleBenchData.TAGS.length]);
      queries.add(
          List.of("cancelled", "lost luggage", "refund", "delayed flight", "seat").get(i % 5));
    }
    return queries;
  }

  /** Times {@code requests} requests, one at a time, after 50 to warm up. */
  static Timing p95(
      ConsoleClient client,
      ServerCpu cpu,
      int requests,
      java.util.function.IntFunction<String> path)
      throws IOException, InterruptedException {
    for (int i = 0; i < 50; i++) {
      client.time(path.apply(i));
    }
    var times = new long[requests];
    double background = cpu.backgroundPerSecond(5_000);
    var before = cpu.snapshot();
    long start = System.nanoTime();
    for (int i = 0; i < requests; i++) {
      times[i] = client.time(path.apply(i));
    }
    var used = cpu.snapshot().since(before);
    used[1] = Math.max(0, used[1] - (long) (background * (System.nanoTime() - start) / 1e9));
    java.util.Arrays.sort(times);
    var timing =
        new Timing(
            times[(int) Math.ceil(requests * 0.95) - 1] / 1e6,
            used[0] / 1e6 / requests,
            used[1] / 1e6 / requests);
    // Each figure as soon as it is known: a slow endpoint does not hide the others.
    System.err.printf(
        Locale.ROOT,
        "  %s… p95 %.1f ms, CPU %.1f ms web + %.1f ms database a request%n",
        path.apply(0),
        timing.p95(),
        timing.webCpu(),
        timing.dbCpu());
    return timing;
  }
}
