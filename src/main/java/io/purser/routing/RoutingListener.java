package io.purser.routing;

import io.purser.conversation.ConversationEvents.ConversationStatusChanged;
import io.purser.conversation.ConversationEvents.CustomerMessageRecorded;
import io.purser.conversation.ConversationEvents.CustomerMessagesRecorded;
import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.conversation.ConversationStatus;
import io.purser.identity.UserCreated;
import io.purser.triage.TriageResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps each conversation's place in the queue in step with what happens to it, inside the
 * transaction that stored the change: a customer's message queues it (with its triage and a fresh
 * priority), the brand's answer or a pending status takes it off the queue, resolving it frees its
 * owner. A customer who writes to a conversation whose owner has gone away goes back to the queue.
 */
@Component
class RoutingListener {

  private final QueueEntries queue;
  private final Agents agents;
  private final Teams teams;
  private final Prioritiser prioritiser;
  private final Assignments assignments;
  private final SurgeWatch surges;
  private final Dispatcher dispatcher;
  private final RoutingSettings settings;
  private final Clock clock;

  RoutingListener(
      QueueEntries queue,
      Agents agents,
      Teams teams,
      Prioritiser prioritiser,
      Assignments assignments,
      SurgeWatch surges,
      Dispatcher dispatcher,
      RoutingSettings settings,
      Clock clock) {
    this.queue = queue;
    this.agents = agents;
    this.teams = teams;
    this.prioritiser = prioritiser;
    this.assignments = assignments;
    this.surges = surges;
    this.dispatcher = dispatcher;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Customers wrote: each conversation is queued with its message's triage and a fresh priority,
   * and one whose owner has gone away goes back to the queue. One locked read of the batch's rows,
   * one JDBC batch each to update and to insert them. Runs before the SLA module's listener, which
   * reads the priority band set here.
   */
  @EventListener
  @Order(0)
  void on(CustomerMessagesRecorded batch) {
    var byWorkspace = new LinkedHashMap<Long, List<CustomerMessageRecorded>>();
    for (var m : batch.messages()) {
      byWorkspace.computeIfAbsent(m.workspaceId(), ws -> new ArrayList<>()).add(m);
    }
    byWorkspace.forEach(this::customersWrote);
  }

  private void customersWrote(long ws, List<CustomerMessageRecorded> messages) {
    var locked =
        queue.lockAll(
            ws, messages.stream().map(CustomerMessageRecorded::conversationId).distinct().toList());
    var now = clock.instant();
    var teamIds = new HashMap<String, Long>();
    // A conversation's messages apply in the order they came, each to the row the one before left;
    // only its last row is written.
    var written = new LinkedHashMap<Long, QueueEntries.Written>();
    for (var m : messages) {
      var triage = m.triage();
      var previous = written.get(m.conversationId());
      var entry =
          QueueEntries.afterCustomerWrote(
              previous != null ? previous.entry() : locked.get(m.conversationId()),
              ws,
              m.conversationId(),
              signals(m, triage, teamIds),
              m.createdAt());
      if (triage != null && triage.needsResponse()) {
        surges.observe(ws, triage.intent(), m.createdAt());
      }
      written.put(
          m.conversationId(),
          new QueueEntries.Written(entry, prioritiser.score(entry, now), now, m.createdAt()));
    }
    var updates = new ArrayList<QueueEntries.Written>();
    var inserts = new ArrayList<QueueEntries.Written>();
    var released = new ArrayList<QueueEntries.Entry>();
    for (var row : written.values()) {
      var entry = row.entry();
      (locked.containsKey(entry.conversationId()) ? updates : inserts).add(row);
      if (entry.assigneeId() != null && entry.waiting()) {
        released.add(entry);
      }
    }
    queue.updateAll(updates);
    queue.insertAll(inserts);
    for (var entry : released) {
      var owner = agents.find(ws, entry.assigneeId());
      if (owner.isPresent() && owner.get().presence().redistributesOpenWork()) {
        assignments.release(ws, entry.conversationId(), entry.assigneeId(), "owner_away");
      }
    }
    dispatcher.wakeAfterCommit(ws);
  }

  @EventListener
  void on(UserCreated user) {
    agents.create(user.workspaceId(), user.userId(), settings.defaultCapacity(), clock.instant());
  }

  @EventListener
  void on(MessageAdded added) {
    if (!added.inbound()) {
      queue.brandAnswered(added.workspaceId(), added.conversationId(), added.at());
    }
  }

  @EventListener
  void on(ConversationStatusChanged change) {
    queue.setActive(change.workspaceId(), change.conversationId(), change.to().isActive());
    if (change.to() == ConversationStatus.RESOLVED || change.to() == ConversationStatus.CLOSED) {
      queue.ended(change.workspaceId(), change.conversationId(), change.at());
      dispatcher.wakeAfterCommit(change.workspaceId());
    } else if (change.to() == ConversationStatus.PENDING) {
      queue.brandAnswered(change.workspaceId(), change.conversationId(), change.at());
    }
  }

  private QueueEntries.Signals signals(
      CustomerMessageRecorded m, TriageResult triage, Map<String, Long> teamIds) {
    if (triage == null) {
      return new QueueEntries.Signals(
          m.network().wireName(),
          m.isPublic(),
          true,
          null,
          null,
          null,
          null,
          null,
          null,
          false,
          m.authorFollowers(),
          null);
    }
    var route = triage.brandActions().route();
    Long team =
        route == null
            ? null
            : teamIds.computeIfAbsent(
                route.toLowerCase(Locale.ROOT),
                name -> teams.idByName(m.workspaceId(), route).orElse(null));
    return new QueueEntries.Signals(
        m.network().wireName(),
        m.isPublic(),
        triage.needsResponse(),
        triage.language(),
        triage.intent().wireName(),
        triage.sentiment().wireName(),
        triage.category().wireName(),
        triage.urgency().level().name().toLowerCase(Locale.ROOT),
        triage.urgency().reason(),
        triage.brandActions().raisePriority(),
        m.authorFollowers(),
        team);
  }
}
