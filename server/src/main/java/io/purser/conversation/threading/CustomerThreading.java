package io.purser.conversation.threading;

import io.purser.conversation.ConversationSettings;
import io.purser.conversation.NewMessage;
import io.purser.conversation.RecordOutcome;
import io.purser.conversation.domain.ConversationLifecycle;
import io.purser.conversation.store.Contacts;
import io.purser.conversation.store.ConversationBatches;
import io.purser.conversation.store.ConversationBatches.NewConversation;
import io.purser.conversation.store.ConversationBatches.StatusChange;
import io.purser.conversation.store.InboundTouch;
import io.purser.conversation.store.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Records a run of new customer messages (of one workspace and network) set-based: one query each
 * finds the run's known contacts and their active and latest resolved conversations; the run is
 * planned in memory ({@link RunPlan}); the plan is written with one JDBC batch per statement (new
 * contacts, their identities, status changes, new conversations already carrying their messages'
 * counts and times, messages, the other conversations' counts and times); then the domain events
 * are published in the order the messages came ({@link RunEvents}).
 */
@Component
class CustomerThreading {

  private final Contacts contacts;
  private final ConversationBatches conversations;
  private final Messages messages;
  private final RunEvents events;
  private final ConversationLifecycle lifecycle;

  CustomerThreading(
      Contacts contacts,
      ConversationBatches conversations,
      Messages messages,
      RunEvents events,
      ConversationSettings settings) {
    this.contacts = contacts;
    this.conversations = conversations;
    this.messages = messages;
    this.events = events;
    this.lifecycle = new ConversationLifecycle(settings.reopenWindow());
  }

  /** Records the messages at these indexes of the batch, setting their outcomes. */
  void record(List<NewMessage> batch, List<Integer> run, RecordOutcome[] outcomes) {
    if (run.isEmpty()) {
      return;
    }
    var first = batch.get(run.get(0));
    long ws = first.workspaceId();
    var network = first.network();
    var authors = new LinkedHashSet<String>();
    run.forEach(i -> authors.add(RunPlan.authorKey(batch.get(i))));
    var known = contacts.findAll(ws, network, authors);
    var plan = new RunPlan(lifecycle, known, conversations.ofCustomers(ws, known.values()));
    run.forEach(i -> plan.place(i, batch.get(i)));
    var messageIds = write(ws, plan);
    events.publish(ws, network, plan.steps, messageIds, outcomes);
  }

  /** Writes the plan, one JDBC batch per statement; returns the ids of its messages, in order. */
  private List<Long> write(long ws, RunPlan plan) {
    var contactIds =
        contacts.createAll(
            ws,
            plan.steps.get(0).message().network(),
            plan.newContacts.stream()
                .map(
                    c ->
                        new Contacts.NewContact(
                            RunPlan.authorKey(c.first),
                            c.first.authorHandle(),
                            c.first.authorExternalId() == null
                                ? "Unknown author"
                                : c.first.authorName(),
                            c.first.createdAt()))
                .toList());
    for (int c = 0; c < plan.newContacts.size(); c++) {
      plan.newContacts.get(c).id = contactIds.get(c);
    }
    conversations.setStatusAll(ws, statusChanges(plan));
    var conversationIds =
        conversations.insertAll(
            ws,
            plan.planned.stream()
                .map(c -> new NewConversation(c.contact.id, c.openedAt, c.touch))
                .toList());
    for (int c = 0; c < plan.planned.size(); c++) {
      plan.planned.get(c).id = conversationIds.get(c);
    }
    var messageIds =
        messages.insertAll(
            plan.steps.stream()
                .map(s -> new Messages.Insert(s.message(), s.conversation().id, "inbound"))
                .toList());
    var touches = new LinkedHashMap<Long, InboundTouch>();
    plan.existing.forEach((id, ref) -> touches.put(id, ref.touch));
    conversations.touchInboundAll(ws, touches);
    return messageIds;
  }

  /** The status changes to write: only existing conversations change; planned ones start new. */
  private static List<StatusChange> statusChanges(RunPlan plan) {
    var changes = new ArrayList<StatusChange>();
    for (var step : plan.steps) {
      for (var change : step.changes()) {
        if (change.from().id() > 0) {
          changes.add(
              new StatusChange(change.from().id(), change.to(), step.message().createdAt()));
        }
      }
    }
    return changes;
  }
}
