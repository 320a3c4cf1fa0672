package io.purser.ingest.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.conversation.ConversationEvents.CustomerMessagesRecorded;
import io.purser.conversation.MessageRecording;
import io.purser.conversation.NewMessage;
import io.purser.conversation.RecordOutcome;
import io.purser.routing.RoutingEvents.ConversationAssigned;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import io.purser.triage.TriageRequest;
import io.purser.workspace.Network;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A pipeline batch is recorded set-based, and routing and SLA react to its customer messages a
 * batch at a time: the queue rows and SLA clocks must come out as recording the same messages one
 * by one (each a batch of one) would leave them, also when one conversation gets several messages
 * in the batch.
 */
@RecordApplicationEvents
class BatchedRecordingIT extends IntegrationTest {

  @Autowired MessageRecording conversations;
  @Autowired WorkspaceTriage triage;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

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
    return messages(workspaceId, accountId, now, LINES, Ids.random());
  }

  /** The lines as messages; the same {@code run} gives the same customers. */
  private List<NewMessage> messages(
      long workspaceId, long accountId, Instant now, List<Line> lines, String run) {
    var result = new ArrayList<NewMessage>();
    for (var line : lines) {
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
              100,
              null));
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
      oneByOne.add(transactions.execute(tx -> conversations.recordAll(List.of(m)).get(0)));
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

  /**
   * A customer whose conversation's owner has gone away writes twice in one batch: the conversation
   * goes back to the queue once, as when the two messages are recorded one by one (the first
   * releases it, the second finds it unowned).
   */
  @Test
  void anAwayOwnersConversationGoesBackToTheQueueOnceWhenItsCustomerWritesTwiceInABatch() {
    var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    var first =
        List.of(new Line("d", "@airline my connection was cancelled, please rebook me", 40));
    var twice =
        List.of(
            new Line("d", "@airline are you there? I need an answer", 20),
            new Line("d", "@airline the next flight leaves in an hour!!", 19));
    var outcomes = new ArrayList<Map<String, Object>>();
    for (boolean batched : List.of(true, false)) {
      var ws = api.newWorkspace();
      long account = api.registerAccount(ws, "x", Ids.random());
      var agent = api.newUser(ws, "owner-" + ws.slug(), "AGENT");
      var run = Ids.random();
      var opened =
          (RecordOutcome.Recorded)
              transactions.execute(
                  tx ->
                      conversations
                          .recordAll(List.of(messages(ws.id(), account, now, first, run).get(0)))
                          .get(0));
      long conversation = opened.conversationId();
      // Owned by an agent who then went away without the conversation being handed back yet
      // (the presence change itself would hand it back).
      jdbc.sql(
              "update conversation_routing set assignee_id = ?, assigned_at = ? where"
                  + " conversation_id = ?")
          .params(agent.id(), now.atOffset(ZoneOffset.UTC), conversation)
          .update();
      jdbc.sql("update agent set presence = 'away' where user_id = ?").params(agent.id()).update();

      var more = messages(ws.id(), account, now, twice, run);
      if (batched) {
        var recorded = transactions.execute(tx -> conversations.recordAll(more));
        assertThat(recorded)
            .allMatch(
                o -> o instanceof RecordOutcome.Recorded r && r.conversationId() == conversation);
        assertThat(events.stream(CustomerMessagesRecorded.class))
            .as("both messages reached routing in one event")
            .anyMatch(
                e ->
                    e.messages().size() == 2
                        && e.messages().stream().allMatch(m -> m.conversationId() == conversation));
      } else {
        for (var m : more) {
          transactions.execute(tx -> conversations.recordAll(List.of(m)));
        }
      }
      var row = new HashMap<>(routing(conversation));
      assertThat(row.remove("assignee_id")).as("nobody owns it").isNull();
      assertThat(((Number) row.remove("previous_assignee_id")).longValue())
          .as("it remembers its owner")
          .isEqualTo(agent.id());
      assertThat(row).containsEntry("waiting", true);
      assertThat(
              events.stream(ConversationAssigned.class)
                  .filter(a -> a.conversationId() == conversation && a.to() == null))
          .as("handed back once, because its owner is away")
          .singleElement()
          .satisfies(a -> assertThat(a.reason()).isEqualTo("owner_away"));
      outcomes.add(row);
    }
    assertThat(outcomes.get(0)).isEqualTo(outcomes.get(1));
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
