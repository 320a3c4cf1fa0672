package io.purser.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.conversation.ConversationManagement;
import io.purser.conversation.NewMessage;
import io.purser.conversation.RecordOutcome;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import io.purser.triage.TriageRequest;
import io.purser.workspace.Network;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A pipeline batch is recorded set-based, and routing and SLA react to its customer messages a
 * batch at a time: the queue rows and SLA clocks must come out as recording the same messages one
 * by one would leave them, also when one conversation gets several messages in the batch.
 */
class BatchedRecordingIT extends IntegrationTest {

  @Autowired ConversationManagement conversations;
  @Autowired WorkspaceTriage triage;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  private record Line(String customer, String text, long minutesAgo) {}

  private static final List<Line> LINES =
      List.of(
          new Line("a", "@airline my flight was cancelled and nobody answers, I need a refund", 30),
          new Line("b", "@airline thanks, the crew on my flight today were lovely", 29),
          new Line("a", "@airline still waiting!! this is urgent, I fly in two hours", 28),
          new Line("c", "@airline where is my bag? it did not arrive in Boston", 27),
          new Line("a", "@airline hello?? anyone?", 26),
          new Line("c", "@airline bag tag is 12345, please call me", 25));

  private List<NewMessage> messages(long workspaceId, long accountId, Instant now) {
    var run = Ids.random();
    var result = new ArrayList<NewMessage>();
    for (var line : LINES) {
      var at = now.minus(line.minutesAgo(), ChronoUnit.MINUTES);
      var classified = triage.of(workspaceId).classify(TriageRequest.ofText(line.text()));
      result.add(
          new NewMessage(
              workspaceId,
              accountId,
              Network.X,
              Ids.random(),
              "post",
              true,
              false,
              "cust-" + line.customer() + "-" + run,
              "h" + line.customer() + run,
              "Customer " + line.customer(),
              null,
              line.text(),
              null,
              null,
              null,
              at,
              now,
              "{}",
              classified,
              100));
    }
    return result;
  }

  @Test
  void aBatchLeavesQueueAndSlaAsRecordingOneByOneDoes() {
    var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    var batchWs = api.newWorkspace();
    var batchAccount = api.registerAccount(batchWs, "x", Ids.random());
    var oneWs = api.newWorkspace();
    var oneAccount = api.registerAccount(oneWs, "x", Ids.random());

    var batched =
        transactions.execute(
            tx -> conversations.recordAll(messages(batchWs.id(), batchAccount, now)));
    var oneByOne = new ArrayList<RecordOutcome>();
    for (var m : messages(oneWs.id(), oneAccount, now)) {
      oneByOne.add(transactions.execute(tx -> conversations.record(m)));
    }

    assertThat(batched).hasSize(LINES.size()).allMatch(RecordOutcome.Recorded.class::isInstance);
    var conversationOfA = ((RecordOutcome.Recorded) batched.get(0)).conversationId();
    assertThat(((RecordOutcome.Recorded) batched.get(4)).conversationId())
        .as("a's three messages share one conversation")
        .isEqualTo(conversationOfA);
    for (int i = 0; i < LINES.size(); i++) {
      long batchedConversation = ((RecordOutcome.Recorded) batched.get(i)).conversationId();
      long oneConversation = ((RecordOutcome.Recorded) oneByOne.get(i)).conversationId();
      assertThat(routing(batchedConversation))
          .as("queue row after message %d", i)
          .isEqualTo(routing(oneConversation));
      assertThat(sla(batchedConversation))
          .as("SLA after message %d", i)
          .isEqualTo(sla(oneConversation));
    }
    assertThat(routing(conversationOfA)).containsEntry("waiting", true);
    assertThat(sla(conversationOfA)).isNotEmpty();
  }

  private Map<String, Object> routing(long conversationId) {
    return jdbc.sql(
            "select active, waiting, waiting_since, network, is_public, language, intent,"
                + " sentiment, category, urgency, urgency_reason, raised_by_rule,"
                + " author_followers, sla_due_at, team_id, priority_band, assignee_id,"
                + " previous_assignee_id from conversation_routing where conversation_id = ?")
        .params(conversationId)
        .query()
        .singleRow();
  }

  private Map<String, Object> sla(long conversationId) {
    return jdbc
        .sql(
            "select channel, is_public, priority_band, target_first_ms, target_next_ms,"
                + " target_resolution_ms, started_at, first_due_at, first_responded_at,"
                + " next_waiting_since, next_due_at, next_count, res_due_at, res_running_since"
                + " from conversation_sla where conversation_id = ?")
        .params(conversationId)
        .query()
        .listOfRows()
        .stream()
        .findFirst()
        .orElse(Map.of());
  }
}
