package io.purser.conversation.threading;

import io.purser.conversation.ConversationEvents.AttachmentsReceived;
import io.purser.conversation.ConversationEvents.ConversationStarted;
import io.purser.conversation.ConversationEvents.ConversationStatusChanged;
import io.purser.conversation.ConversationEvents.CustomerMessageRecorded;
import io.purser.conversation.ConversationEvents.CustomerMessagesRecorded;
import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.conversation.NewMessage;
import io.purser.conversation.RecordOutcome;
import io.purser.workspace.Network;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes a recorded run's domain events in the order of its messages, and adopts the brand
 * replies that were held for them. The customer messages go to routing and SLA in batches; a batch
 * is published before a status change of one of its conversations, and before held replies join
 * one, so every conversation sees its events in order.
 */
@Component
class RunEvents {

  private final ApplicationEventPublisher events;
  private final HeldReplies held;

  RunEvents(ApplicationEventPublisher events, HeldReplies held) {
    this.events = events;
    this.held = held;
  }

  void publish(
      long ws,
      Network network,
      List<RunPlan.Step> steps,
      List<Long> messageIds,
      RecordOutcome[] outcomes) {
    var heldFor =
        held.waitingFor(
            ws,
            network,
            steps.stream().map(s -> s.message().externalId()).filter(Objects::nonNull).toList());
    var recorded = new RecordedBatch();
    for (int s = 0; s < steps.size(); s++) {
      var step = steps.get(s);
      var m = step.message();
      long conversation = step.conversation().id;
      long id = messageIds.get(s);
      for (var change : step.changes()) {
        long changed = change.from().id() > 0 ? change.from().id() : conversation;
        recorded.publishIfItNames(changed);
        events.publishEvent(
            new ConversationStatusChanged(
                ws, changed, change.from().status(), change.to(), change.why(), m.receivedAt()));
      }
      if (step.started()) {
        events.publishEvent(new ConversationStarted(ws, conversation, m.receivedAt()));
      }
      events.publishEvent(new MessageAdded(ws, conversation, id, true, m.receivedAt()));
      recorded.add(
          new CustomerMessageRecorded(
              ws,
              conversation,
              id,
              m.network(),
              m.isPublic(),
              m.createdAt(),
              m.triage(),
              m.authorFollowers()));
      publishAttachments(m, conversation, id);
      if (heldFor.contains(m.externalId())) {
        recorded.publish();
        held.adopt(ws, network, m.externalId(), conversation, m.createdAt(), m.receivedAt());
      }
      outcomes[step.index()] = new RecordOutcome.Recorded(id, conversation, step.started());
    }
    recorded.publish();
  }

  /** Tells the media module of a customer's attachments, in the transaction that stored them. */
  private void publishAttachments(NewMessage m, long conversation, long messageId) {
    if (m.attachmentsJson() != null) {
      events.publishEvent(
          new AttachmentsReceived(
              m.workspaceId(),
              conversation,
              messageId,
              m.network(),
              m.channelAccountId(),
              m.createdAt(),
              m.attachmentsJson()));
    }
  }

  /** Customer messages waiting to be published as one {@link CustomerMessagesRecorded}. */
  private final class RecordedBatch {
    private final List<CustomerMessageRecorded> pending = new ArrayList<>();
    private final Set<Long> conversations = new HashSet<>();

    void add(CustomerMessageRecorded message) {
      pending.add(message);
      conversations.add(message.conversationId());
    }

    /** Publishes what waits when it includes the conversation, which is about to change. */
    void publishIfItNames(long conversationId) {
      if (conversations.contains(conversationId)) {
        publish();
      }
    }

    void publish() {
      if (!pending.isEmpty()) {
        events.publishEvent(new CustomerMessagesRecorded(pending));
        pending.clear();
        conversations.clear();
      }
    }
  }
}
