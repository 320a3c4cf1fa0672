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
    long first = -1;
    long messages;
    try (var seeding = ConversationSeeding.start(dataSource, workspaceId, accountId)) {
      var batch = new ArrayList<SeededConversation>();
      var routes = new ArrayList<Route>();
      for (int i = 0; i < conversations; i++) {
        var conversation = conversation(i, now.minus(Duration.ofMinutes(conversations - i)));
        batch.add(conversation);
        routes.add(route(i, conversation, now, agentId));
        if ((i + 1) % (BATCH / 10) == 0 || i == conversations - 1) {
          var ids = seeding.add(batch);
          first = first < 0 ? ids.get(0) : first;
          RoutingSeeding.add(dataSource, workspaceId, Route.seeded(routes, ids));
          batch.clear();
          routes.clear();
        }
        if ((i + 1) % 10_000 == 0) {
          System.err.printf("  %,d conversations, %,d messages%n", i + 1, seeding.messages());
        }
      }
      messages = seeding.messages();
      System.err.println("  building search_term's index where it was dropped...");
    }
    analyse();
    return new Filled(first, conversations, messages, locators);
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

  /** The conversation's routing row; its id is known once the conversation is written. */
  private Route route(int i, SeededConversation conversation, Instant now, long agentId) {
    boolean active = conversation.status().isActive();
    var last = conversation.messages().get(conversation.messages().size() - 1).at();
    boolean waiting = active && conversation.status() != ConversationStatus.OPEN;
    var sentiment = random.nextBoolean() ? "negative" : "neutral";
    var urgency = random.nextInt(5) == 0 ? "high" : "normal";
    var due = waiting ? now.plusSeconds(random.nextInt(3600) - 600) : null;
    return new Route(
        active,
        waiting ? last : null,
        active ? "delay" : "other",
        sentiment,
        urgency,
        due,
        random.nextInt(120),
        active && i % 7 == 0 ? agentId : null,
        last);
  }

  private record Route(
      boolean active,
      Instant waitingSince,
      String intent,
      String sentiment,
      String urgency,
      Instant slaDueAt,
      int priority,
      Long assigneeId,
      Instant updatedAt) {

    static List<SeededRoute> seeded(List<Route> routes, List<Long> conversationIds) {
      var seeded = new ArrayList<SeededRoute>(routes.size());
      for (int k = 0; k < routes.size(); k++) {
        var r = routes.get(k);
        seeded.add(
            new SeededRoute(
                conversationIds.get(k),
                r.active(),
                r.waitingSince(),
                r.intent(),
                r.sentiment(),
                r.urgency(),
                r.slaDueAt(),
                r.priority(),
                "normal",
                "urgency_normal +10, waiting_5_min +5",
                r.assigneeId(),
                r.updatedAt()));
      }
      return seeded;
    }
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
  private void analyse() throws SQLException {
    try (Connection c = dataSource.getConnection();
        var statement = c.createStatement()) {
      boolean postgres =
          c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      statement.execute(postgres ? "vacuum analyze" : "analyze");
    }
  }
}
