package io.purser.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.conversation.ConversationEvents.DeliveryStatusChanged;
import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.routing.RoutingEvents.ConversationAssigned;
import io.purser.sla.SlaEvents.SlaBreached;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The outgoing events as docs/events.md documents them: keys, types and fields. */
class OutgoingEventTest {

  private static final Instant AT = Instant.parse("2026-12-07T18:00:00Z");
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void aNewMessageNamesItsConversationAndDirection() {
    var event = OutgoingEvent.of(new MessageAdded(7, 42, 1001, true, AT));
    assertThat(event.key()).isEqualTo("7:42");
    assertThat(written(event))
        .isEqualTo(
            "{\"type\":\"message.added\",\"workspaceId\":7,\"conversationId\":42,"
                + "\"at\":\"2026-12-07T18:00:00Z\",\"messageId\":1001,\"direction\":\"inbound\"}");
  }

  @Test
  void anAssignmentFromTheQueueHasNoPreviousOwner() {
    var event = OutgoingEvent.of(new ConversationAssigned(7, 42, null, 5L, "pushed", AT));
    assertThat(event.fields())
        .containsEntry("type", "conversation.assigned")
        .containsEntry("fromUserId", null)
        .containsEntry("toUserId", 5L)
        .containsEntry("reason", "pushed");
  }

  @Test
  void aBreachSaysWhichClockAndWhatWasDone() {
    var due = AT.minusSeconds(60);
    var event =
        OutgoingEvent.of(new SlaBreached(7, 42, "first_response", due, AT, "supervisors_notified"));
    assertThat(event.fields())
        .containsEntry("type", "sla.breached")
        .containsEntry("clock", "first_response")
        .containsEntry("dueAt", due.toString())
        .containsEntry("escalation", "supervisors_notified");
  }

  @Test
  void aReplyDeliveredCarriesNoNetworkErrorText() {
    var event =
        OutgoingEvent.of(new DeliveryStatusChanged(7, 42, 1002, "failed", "customer text?"), AT);
    assertThat(event.fields())
        .containsEntry("type", "reply.status")
        .containsEntry("status", "failed")
        .doesNotContainKey("error");
  }

  private String written(OutgoingEvent event) {
    return json.writeValueAsString((Map<String, Object>) event.fields());
  }
}
