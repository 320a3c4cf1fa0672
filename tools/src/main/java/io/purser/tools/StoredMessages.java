package io.purser.tools;

import java.util.Arrays;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks a benchmark run against the database itself: which messages are stored in a conversation,
 * how many times, and how long each took from its first POST to its commit.
 */
final class StoredMessages {

  private final JdbcTemplate jdbc;

  StoredMessages(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /**
   * What the database holds for the run's messages.
   *
   * @param lost acknowledged messages that are not in a conversation
   * @param duplicated messages stored more than once
   */
  record Verdict(int lost, int duplicated, long[] latenciesNanos, long lastCommitNanos) {}

  Verdict verify(long workspaceId, LoadGenerator.Sent sent, CommitTimes commits) {
    int messages = sent.acked().length;
    var copies = new int[messages];
    var inConversation = new boolean[messages];
    var latencies = new long[messages];
    var last = new long[] {sent.startNanos()};
    jdbc.query(
        "select id, external_id, conversation_id from message where workspace_id = ?"
            + " and network = 'x'",
        rs -> {
          int index = BenchDeliveries.messageIndex(rs.getString(2), messages);
          if (index < 0) {
            return;
          }
          copies[index]++;
          inConversation[index] |= rs.getObject(3) != null;
          Long committed = commits.committedAt(rs.getLong(1));
          if (committed != null) {
            latencies[index] = committed - sent.firstSendNanos().get(index);
            last[0] = Math.max(last[0], committed);
          }
        },
        workspaceId);
    int lost = 0;
    int duplicated = 0;
    for (int i = 0; i < messages; i++) {
      lost += sent.acked()[i] && !inConversation[i] ? 1 : 0;
      duplicated += copies[i] > 1 ? 1 : 0;
    }
    var measured = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
    return new Verdict(lost, duplicated, measured, last[0]);
  }

  /** The value below which the given share of the sorted values lies (nearest rank). */
  static double percentileMillis(long[] sortedNanos, double share) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(share * sortedNanos.length);
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length, rank) - 1)] / 1e6;
  }
}
