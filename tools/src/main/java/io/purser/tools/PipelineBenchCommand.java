package io.purser.tools;

import io.purser.replay.AirlineTweet;
import io.purser.replay.ReplayTweet;
import io.purser.replay.TweetCsv;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code ./purser bench pipeline [--db h2|postgres] [--messages N] [--rate R] [--concurrency C]
 * [--data Tweets.csv] [--kafka BROKERS] [--json]}: starts the real application in this JVM on a
 * fresh database, pushes N signed deliveries of real tweets through {@code POST /webhooks/x}, and
 * measures until each message is committed in its conversation; then checks the database for lost
 * and duplicated messages. Exits 1 when anything was lost or duplicated.
 */
public final class PipelineBenchCommand {

  static final String USAGE =
      """
      Usage: purser bench pipeline [--db h2|postgres] [--messages N] [--rate R] [--concurrency C] [--data CSV] [--kafka BROKERS] [--statements] [--json]
        --db           h2 (a fresh file database in a temporary directory; default) or postgres
                       ($PURSER_DATABASE_URL, else a fresh purser_bench database on 127.0.0.1:5432)
        --messages     distinct messages to send (default 100000); about 1 % are delivered twice
        --rate         deliveries per second (default 0: as fast as the server answers)
        --concurrency  client threads (default 16)
        --kafka        Kafka brokers (host:port,…): the webhooks go through Kafka as the inbound
                       log (a fresh topic and consumer group per run)
        --statements   also print the database's costliest statements to standard error
        --data         the Tweets.csv to cycle (default ../shared/data/airline-sentiment/Tweets.csv,
                       else the sample bundled in the jar)
      """;

  static final Path SHARED_TWEETS = Path.of("../shared/data/airline-sentiment/Tweets.csv");

  private PipelineBenchCommand() {}

  /**
   * Runs the command against {@code application}, the Spring Boot application class to start (the
   * launcher passes it in, so this module does not depend on the root package).
   */
  public static int run(Class<?> application, String[] args) {
    return BenchReport.print("pipeline", USAGE, () -> options(args), o -> bench(application, o));
  }

  private static CommandOptions options(String[] args) {
    var options =
        CommandOptions.parse(
            args,
            Set.of("db", "messages", "rate", "concurrency", "data", "kafka"),
            Set.of("json", "statements"));
    if (!options.words().equals(List.of("pipeline"))) {
      throw new CommandOptions.UsageException("the only benchmark is 'pipeline'");
    }
    return options;
  }

  private static BenchResult bench(Class<?> application, CommandOptions options)
      throws InterruptedException {
    int messages = options.integer("messages", 100_000);
    int concurrency = options.integer("concurrency", 16);
    var source = tweets(options.text("data", null));
    var accountId = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50));
    var deliveries = BenchDeliveries.of(source, messages, accountId);
    boolean statements = options.flag("statements");
    try (var database = BenchDatabase.of(options.text("db", "h2"), statements);
        var server = new BenchServer(application, database, kafka(options, accountId))) {
      long workspace = server.createWorkspaceWithXAccount("bench-" + accountId, accountId).id();
      var load =
          new LoadGenerator(
              server.baseUrl(), server.xSecret(), concurrency, options.number("rate", 0));
      System.err.printf(
          "Sending %,d deliveries with %d clients...%n", deliveries.order().length, concurrency);
      if (statements) {
        StatementCosts.reset(server.dataSource(), database.kind());
      }
      long cpuBefore = processCpuNanos();
      var threadCpu = new ThreadCpu();
      var sent = load.send(deliveries);
      awaitCommits(server.commits(), sent.acknowledged());
      double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
      System.err.println("CPU by thread: " + threadCpu.since());
      if (statements) {
        StatementCosts.report(server.dataSource(), database.kind()).forEach(System.err::println);
      }
      var verdict =
          new StoredMessages(server.dataSource()).verify(workspace, sent, server.commits());
      return new BenchResult(
          database.kind(),
          messages,
          deliveries.repeats(),
          concurrency,
          (Math.max(verdict.lastCommitNanos(), sent.endNanos()) - sent.startNanos()) / 1e9,
          cpuSeconds,
          StoredMessages.percentileMillis(verdict.latenciesNanos(), 0.50),
          StoredMessages.percentileMillis(verdict.latenciesNanos(), 0.99),
          verdict.lost(),
          verdict.duplicated(),
          messages - sent.acknowledged(),
          options.text("kafka", null) != null);
    }
  }

  /** Kafka's settings for {@code --kafka}: topics and group of this run only. */
  private static Map<String, String> kafka(CommandOptions options, String run) {
    var brokers = options.text("kafka", null);
    if (brokers == null) {
      return Map.of();
    }
    return Map.of(
        "purser.kafka.bootstrap-servers", brokers,
        "purser.kafka.inbound-topic", "bench-inbound-" + run,
        "purser.kafka.events-topic", "bench-events-" + run,
        "purser.kafka.group-id", "bench-" + run);
  }

  /** Waits until every acknowledged message is committed, or nothing has moved for 60 s. */
  private static void awaitCommits(CommitTimes commits, int expected) throws InterruptedException {
    int seen = commits.count();
    long lastProgress = System.nanoTime();
    while (seen < expected && System.nanoTime() - lastProgress < 60_000_000_000L) {
      Thread.sleep(20);
      int now = commits.count();
      if (now != seen) {
        seen = now;
        lastProgress = System.nanoTime();
      }
    }
  }

  private static long processCpuNanos() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean jdk ? jdk.getProcessCpuTime() : 0;
  }

  private static List<ReplayTweet> tweets(String data) {
    if (data != null) {
      return TweetCsv.read(Path.of(data)).stream().map(AirlineTweet::asReplay).toList();
    }
    if (Files.isRegularFile(SHARED_TWEETS)) {
      return TweetCsv.read(SHARED_TWEETS).stream().map(AirlineTweet::asReplay).toList();
    }
    return TweetCsv.readBundledSample().stream().map(AirlineTweet::asReplay).toList();
  }
}
