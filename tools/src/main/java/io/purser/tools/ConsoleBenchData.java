package io.purser.tools;

import io.purser.conversation.ConversationSeeding;
import io.purser.conversation.ConversationSeeding.SeededConversation;
import io.purser.conversation.ConversationSeeding.SeededMessage;
import io.purser.conversation.ConversationStatus;
import io.purser.routing.RoutingSeeding;
import io.purser.routing.RoutingSeeding.SeededRoute;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import javax.sql.DataSource;

/**
 * Fills a workspace with a realistic console load in seconds, not the hours the pipeline would take
 * for a million messages, through the seeding entry points of the modules that own the tables
 * ({@link ConversationSeeding}, {@link RoutingSeeding}): customers with an X identity, their
 * conversations (one in ten active, the rest resolved or closed), ten messages each on average
 * drawn from real airline tweets (some carrying a record locator), tags, and each conversation's
 * routing row with a priority, an owner for some and an SLA deadline for the waiting ones.
 */
final class ConsoleBenchData {

  static final int BATCH = 5_000;
  static final String[] TAGS = {"refund", "vip", "storm", "baggage", "complaint"};

  private final DataSource dataSource;
  private final List<String> texts;
  private final SplittableRandom random = new SplittableRandom(42);
  private final List<String> locators = new ArrayList<>();

  ConsoleBenchData(DataSource dataSource, List<String> texts) {
    this.dataSource = dataSource;
    this.texts = texts;
  }

  /** What the benchmark needs to know about the data it made. */
  record Filled(
      long firstConversationId, int conversations, long messages, List<String> locators) {}

  Filled fill(long workspaceId, long accountId, long agentId, int conversations)
      throws SQLException {
    var now = Instant.now();
    long first = Long.MAX_VALUE;
    long messages;
    try (var seeding = ConversationSeeding.start(dataSource, workspaceId, accountId)) {
      var batch = new ArrayList<SeededConversation>();
      var routes = new ArrayList<LongFunction<SeededRoute>>();
      for (int i = 0; i < conversations; i++) {
        var conversation = conversation(i, now.minus(Duration.ofMinutes(conversations - i)));
        batch.add(conversation);
        routes.add(route(i, conversation, now, agentId));
        if ((i + 1) % (BATCH / 10) == 0 || i == conversations - 1) {
          first = Math.min(first, write(seeding, workspaceId, batch, routes));
        }
        if ((i + 1) % 10_000 == 0) {
          System.err.printf("  %,d conversations, %,d messages%n", i + 1, seeding.messages());
        }
      }
      messages = seeding.messages();
      System.err.println("  building search_term's index where it was dropped...");
    }
    analyse(dataSource);
    return new Filled(first, conversations, messages, locators);
  }

  /** Writes a batch of conversations, then their routing rows; returns the first one's id. */
  private long write(
      ConversationSeeding seeding,
      long workspaceId,
      List<SeededConversation> batch,
      List<LongFunction<SeededRoute>> routes)
      throws SQLException {
    var ids = seeding.add(batch);
    var seeded = new ArrayList<SeededRoute>(ids.size());
    for (int k = 0; k < ids.size(); k++) {
      seeded.add(routes.get(k).apply(ids.get(k)));
    }
    RoutingSeeding.add(dataSource, workspaceId, seeded);
    batch.clear();
    routes.clear();
    return ids.get(0);
  }

  /** The i-th customer's conversation: 5 to 15 posts, theirs and the brand's in turn. */
  private SeededConversation conversation(int i, Instant started) {
    int count = 5 + random.nextInt(11);
    boolean active = i % 10 == 0;
    var status =
        active
            ? (i % 30 == 0 ? ConversationStatus.OPEN : ConversationStatus.NEW)
            : (i % 3 == 0 ? ConversationStatus.RESOLVED : ConversationStatus.CLOSED);
    var messages = new ArrayList<SeededMessage>(count);
    for (int m = 0; m < count; m++) {
      boolean inbound = m % 2 == 0;
      var text = texts.get(random.nextInt(texts.size()));
      if (inbound && random.nextInt(20) == 0) {
        var locator = locator();
        text = text + " booking " + locator;
        if (locators.size() < 1000) {
          locators.add(locator);
        }
      }
      messages.add(new SeededMessage(inbound, text, started.plusSeconds(m * 30L)));
    }
    var tags = i % 4 == 0 ? List.of(TAGS[i % TAGS.length]) : List.<String>of();
    return new SeededConversation(
        "Traveller " + i,
        "traveller_" + i,
        Long.toString(9_000_000_000L + i),
        status,
        messages,
        tags);
  }

  /** The conversation's routing row, for its id, known once the conversation is written. */
  private LongFunction<SeededRoute> route(
      int i, SeededConversation conversation, Instant now, long agentId) {
    boolean active = conversation.status().isActive();
    var last = conversation.messages().get(conversation.messages().size() - 1).at();
    boolean waiting = active && conversation.status() != ConversationStatus.OPEN;
    var sentiment = random.nextBoolean() ? "negative" : "neutral";
    var urgency = random.nextInt(5) == 0 ? "high" : "normal";
    var due = waiting ? now.plusSeconds(random.nextInt(3600) - 600) : null;
    int priority = random.nextInt(120);
    Long assignee = active && i % 7 == 0 ? agentId : null;
    return id ->
        new SeededRoute(
            id,
            active,
            waiting ? last : null,
            active ? "delay" : "other",
            sentiment,
            urgency,
            due,
            priority,
            "normal",
            "urgency_normal +10, waiting_5_min +5",
            assignee,
            last);
  }

  private String locator() {
    var letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    var code = new StringBuilder();
    for (int k = 0; k < 6; k++) {
      code.append(letters.charAt(random.nextInt(letters.length())));
    }
    return code.toString();
  }

  /**
   * Fresh planner statistics after a bulk load, as an operator would have after autovacuum, which
   * on PostgreSQL also vacuums a table that took this many inserts: its visibility map lets the
   * indexes answer without reading the table. Upkeep of the whole database, not of a module's
   * tables.
   */
  /** Fresh planner statistics for the whole database, as after a day of real traffic. */
  static void analyse(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        var statement = c.createStatement()) {
      boolean postgres =
          c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      statement.execute(postgres ? "vacuum analyze" : "analyze");
    }
  }
}
