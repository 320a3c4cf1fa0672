package io.purser.tools;

import io.purser.conversation.SearchWords;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Fills a workspace with a realistic console load straight through batched SQL (seconds, not the
 * hours the pipeline would take for a million messages): customers with an X identity, their
 * conversations (one in ten active, the rest resolved or closed), ten messages each on average
 * drawn from real airline tweets (some carrying a record locator), tags, and each conversation's
 * routing row with a priority, an owner for some and an SLA deadline for the waiting ones. Search's
 * terms (search_term) are written as the pipeline writes them, from the same {@link SearchWords}.
 */
final class ConsoleBenchData {

  static final int BATCH = 5_000;
  static final String[] TAGS = {"refund", "vip", "storm", "baggage", "complaint"};

  private final DataSource dataSource;
  private final List<String> texts;
  private final SplittableRandom random = new SplittableRandom(42);

  ConsoleBenchData(DataSource dataSource, List<String> texts) {
    this.dataSource = dataSource;
    this.texts = texts;
  }

  /** What the benchmark needs to know about the data it made. */
  record Filled(
      long firstConversationId, int conversations, long messages, List<String> locators) {}

  Filled fill(long workspaceId, long accountId, long agentId, int conversations)
      throws SQLException {
    try (var c = dataSource.getConnection()) {
      var searchIndex = h2(c) ? dropSearchIndex(c) : null;
      c.setAutoCommit(false);
      long contact0 = next(c, "contact");
      long identity0 = next(c, "contact_identity");
      long conversation0 = next(c, "conversation");
      long message0 = next(c, "message");
      var now = Instant.now();
      var locators = new java.util.ArrayList<String>();
      long messages = 0;
      try (var contact =
              c.prepareStatement(
                  "insert into contact (id, workspace_id, display_name, created_at) values (?, ?, ?, ?)");
          var identity =
              c.prepareStatement(
                  "insert into contact_identity (id, workspace_id, contact_id, network,"
                      + " external_user_id, handle, display_name, created_at) values (?, ?, ?, 'x', ?,"
                      + " ?, ?, ?)");
          var conversation =
              c.prepareStatement(
                  "insert into conversation (id, workspace_id, contact_id, status, channel_account_id,"
                      + " opened_at, last_message_at, last_inbound_at, message_count, preview) values"
                      + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          var message =
              c.prepareStatement(
                  "insert into message (id, workspace_id, conversation_id, channel_account_id, network,"
                      + " external_id, kind, direction, visibility, author_external_id, author_handle,"
                      + " author_name, text, created_at, received_at, delivery_status) values (?, ?, ?,"
                      + " ?, 'x', ?, 'tweet', ?, 'public', ?, ?, ?, ?, ?, ?, ?)");
          var routing =
              c.prepareStatement(
                  "insert into conversation_routing (conversation_id, workspace_id, waiting,"
                      + " waiting_since, network, is_public, language, intent, sentiment, urgency,"
                      + " sla_due_at, priority, priority_band, priority_reasons, assignee_id,"
                      + " updated_at, active) values (?, ?, ?, ?, 'x', true, 'en', ?, ?, ?, ?, ?, ?, ?,"
                      + " ?, ?, ?)");
          var term =
              c.prepareStatement(
                  "insert into search_term (workspace_id, term, conversation_id) values (?, ?, ?)");
          var tag =
              c.prepareStatement(
                  "insert into conversation_tag (workspace_id, conversation_id, tag, created_at) values"
                      + " (?, ?, ?, ?)")) {
        for (int i = 0; i < conversations; i++) {
          long contactId = contact0 + i;
          long conversationId = conversation0 + i;
          var handle = "traveller_" + i;
          var name = "Traveller " + i;
          var started = now.minus(Duration.ofMinutes(conversations - i));
          var at = ts(started);
          contact.setLong(1, contactId);
          contact.setLong(2, workspaceId);
          contact.setString(3, name);
          contact.setTimestamp(4, at);
          contact.addBatch();
          identity.setLong(1, identity0 + i);
          identity.setLong(2, workspaceId);
          identity.setLong(3, contactId);
          identity.setString(4, Long.toString(9_000_000_000L + i));
          identity.setString(5, handle);
          identity.setString(6, name);
          identity.setTimestamp(7, at);
          identity.addBatch();
          int count = 5 + random.nextInt(11);
          boolean active = i % 10 == 0;
          String status =
              active ? (i % 30 == 0 ? "open" : "new") : (i % 3 == 0 ? "resolved" : "closed");
          String first = null;
          var terms = new LinkedHashSet<String>();
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
            first = first == null ? text : first;
            long messageId = message0 + messages++;
            var when = ts(started.plusSeconds(m * 30L));
            message.setLong(1, messageId);
            message.setLong(2, workspaceId);
            message.setLong(3, conversationId);
            message.setLong(4, accountId);
            message.setString(5, "b" + messageId);
            message.setString(6, inbound ? "inbound" : "outbound");
            message.setString(7, inbound ? Long.toString(9_000_000_000L + i) : "brand");
            message.setString(8, inbound ? handle : null);
            message.setString(9, inbound ? name : null);
            message.setString(10, text);
            message.setTimestamp(11, when);
            message.setTimestamp(12, when);
            message.setString(13, inbound ? null : "sent");
            message.addBatch();
            terms.addAll(SearchWords.ofMessage(text, inbound, name, handle));
          }
          for (var t : terms) {
            term.setLong(1, workspaceId);
            term.setString(2, t);
            term.setLong(3, conversationId);
            term.addBatch();
          }
          var last = ts(started.plusSeconds((count - 1) * 30L));
          conversation.setLong(1, conversationId);
          conversation.setLong(2, workspaceId);
          conversation.setLong(3, contactId);
          conversation.setString(4, status);
          conversation.setLong(5, accountId);
          conversation.setTimestamp(6, at);
          conversation.setTimestamp(7, last);
          conversation.setTimestamp(8, last);
          conversation.setInt(9, count);
          conversation.setString(10, first.length() > 280 ? first.substring(0, 280) : first);
          conversation.addBatch();
          boolean waiting = active && !"open".equals(status);
          routing.setLong(1, conversationId);
          routing.setLong(2, workspaceId);
          routing.setBoolean(3, waiting);
          routing.setTimestamp(4, waiting ? last : null);
          routing.setString(5, active ? "delay" : "other");
          routing.setString(6, random.nextBoolean() ? "negative" : "neutral");
          routing.setString(7, random.nextInt(5) == 0 ? "high" : "normal");
          routing.setTimestamp(8, waiting ? ts(now.plusSeconds(random.nextInt(3600) - 600)) : null);
          routing.setInt(9, random.nextInt(120));
          routing.setString(10, "normal");
          routing.setString(11, "urgency_normal +10, waiting_5_min +5");
          routing.setObject(12, active && i % 7 == 0 ? agentId : null);
          routing.setTimestamp(13, last);
          routing.setBoolean(14, active);
          routing.addBatch();
          if (i % 4 == 0) {
            tag.setLong(1, workspaceId);
            tag.setLong(2, conversationId);
            tag.setString(3, TAGS[i % TAGS.length]);
            tag.setTimestamp(4, at);
            tag.addBatch();
          }
          if ((i + 1) % (BATCH / 10) == 0 || i == conversations - 1) {
            contact.executeBatch();
            identity.executeBatch();
            conversation.executeBatch();
            message.executeBatch();
            routing.executeBatch();
            tag.executeBatch();
            term.executeBatch();
            c.commit();
          }
          if ((i + 1) % 10_000 == 0) {
            System.err.printf("  %,d conversations, %,d messages%n", i + 1, messages);
          }
        }
      }
      c.commit();
      c.setAutoCommit(true);
      if (searchIndex != null) {
        System.err.println("  building search_term's index...");
        try (var statement = c.createStatement()) {
          statement.execute(searchIndex);
        }
      }
      analyse(c);
      return new Filled(conversation0, conversations, messages, locators);
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
   * indexes answer without reading the table.
   */
  private static void analyse(Connection c) throws SQLException {
    boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    try (var statement = c.createStatement()) {
      statement.execute(postgres ? "vacuum analyze" : "analyze");
    }
  }

  private static boolean h2(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().equalsIgnoreCase("h2");
  }

  /**
   * On H2, drops search_term's index for the fill and returns the statement that builds it again,
   * as H2 itself writes it ({@code SCRIPT}), so the index is the product's whatever its migrations
   * say. Inserted one batch at a time, its millions of entries land at random places of a tree far
   * larger than H2's page cache, and the fill slows down with every batch. Built once at the end,
   * H2 sorts the entries first. The rows are the same; the index is the same definition, only
   * packed tighter than years of inserts would leave it.
   */
  private static String dropSearchIndex(Connection c) throws SQLException {
    String create = null;
    try (var statement = c.createStatement();
        var rs = statement.executeQuery("script nodata")) {
      while (rs.next()) {
        var line = rs.getString(1);
        var lower = line.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("create") && lower.contains("\"search_term_find\"")) {
          create = line;
        }
      }
    }
    if (create == null) {
      throw new IllegalStateException("H2 has no index search_term_find on search_term");
    }
    try (var statement = c.createStatement()) {
      statement.execute("drop index search_term_find");
    }
    return create;
  }

  private static long next(Connection c, String table) throws SQLException {
    try (var statement = c.createStatement();
        var rs = statement.executeQuery("select coalesce(max(id), 0) + 1000000 from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }
}
