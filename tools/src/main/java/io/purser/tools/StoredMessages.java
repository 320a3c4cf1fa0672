package io.purser.tools;

import io.purser.conversation.StoredMessageScan;
import io.purser.workspace.Network;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * Checks a benchmark run against the database itself (read through the conversation module's {@link
 * StoredMessageScan}): which messages are stored in a conversation, how many times, and how long
 * each took from its first POST to its commit.
 */
final class StoredMessages {

  private final DataSource dataSource;

  StoredMessages(DataSource dataSource) {
    this.dataSource = dataSource;
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
    StoredMessageScan.forEach(
        dataSource,
        workspaceId,
        Network.X,
        message -> {
          int index = BenchDeliveries.messageIndex(message.externalId(), messages);
          if (index < 0) {
            return;
          }
          copies[index]++;
          inConversation[index] |= message.inConversation();
          Long committed = commits.committedAt(message.id());
          if (committed != null) {
            latencies[index] = committed - sent.firstSendNanos().get(index);
            last[0] = Math.max(last[0], committed);
          }
        });
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
