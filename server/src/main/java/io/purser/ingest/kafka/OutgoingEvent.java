package io.purser.ingest.kafka;

import io.purser.conversation.ConversationEvents.DeliveryStatusChanged;
import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.routing.RoutingEvents.ConversationAssigned;
import io.purser.sla.SlaEvents.SlaBreached;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of the outgoing events topic, as documented in {@code docs/events.md}: its key (the
 * workspace and the conversation, so one conversation's events stay in order) and its JSON fields.
 * Ids only, never customer text: the airline's systems read the rest through the API.
 */
record OutgoingEvent(String key, Map<String, Object> fields) {

  static OutgoingEvent of(MessageAdded e) {
    return of("message.added", e.workspaceId(), e.conversationId(), e.at())
        .with("messageId", e.messageId())
        .with("direction", e.inbound() ? "inbound" : "outbound");
  }

  static OutgoingEvent of(ConversationAssigned e) {
    return of("conversation.assigned", e.workspaceId(), e.conversationId(), e.at())
        .with("fromUserId", e.from())
        .with("toUserId", e.to())
        .with("reason", e.reason());
  }

  static OutgoingEvent of(SlaBreached e) {
    return of("sla.breached", e.workspaceId(), e.conversationId(), e.at())
        .with("clock", e.clock())
        .with("dueAt", e.dueAt().toString())
        .with("escalation", e.escalation());
  }

  /**
   * A reply's delivery status moved ({@code sent}, {@code delivered}, {@code read}, {@code
   * failed}).
   */
  static OutgoingEvent of(DeliveryStatusChanged e, Instant at) {
    return of("reply.status", e.workspaceId(), e.conversationId(), at)
        .with("messageId", e.messageId())
        .with("status", e.status());
  }

  private static OutgoingEvent of(String type, long workspaceId, long conversationId, Instant at) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("type", type);
    fields.put("workspaceId", workspaceId);
    fields.put("conversationId", conversationId);
    fields.put("at", at.toString());
    return new OutgoingEvent(workspaceId + ":" + conversationId, fields);
  }

  private OutgoingEvent with(String name, Object value) {
    fields.put(name, value);
    return this;
  }
}
