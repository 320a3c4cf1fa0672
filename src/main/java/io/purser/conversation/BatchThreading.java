package io.purser.conversation;

import io.purser.conversation.ConversationEvents.ConversationStarted;
import io.purser.conversation.ConversationEvents.ConversationStatusChanged;
import io.purser.conversation.ConversationEvents.CustomerMessageRecorded;
import io.purser.conversation.ConversationEvents.CustomerMessagesRecorded;
import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.conversation.ConversationStore.InboundTouch;
import io.purser.conversation.domain.ConversationLifecycle;
import io.purser.conversation.domain.ConversationLifecycle.Placement;
import io.purser.conversation.domain.ConversationLifecycle.State;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records a batch of incoming messages set-based, with the same outcome as {@link MessageThreading}
 * recording them one after the other.
 *
 * <p>The batch's redeliveries are found with one query. Each run of consecutive new customer
 * messages (of one workspace and network) is then planned in memory: one query each finds the run's
 * known contacts, their active and latest resolved conversations, and the replies of the brand held
 * for any of the run's messages; the lifecycle places every message in turn against that state,
 * kept up to date as the run goes. The plan is written with one JDBC batch per statement (new
 * contacts, their identities, status changes, new conversations already carrying their messages'
 * counts and times, messages, the other conversations' counts and times), and then the domain
 * events are published in the order the messages came, each as recording them one by one would have
 * published it. Messages of the brand, messages without a network id and a second copy of a message
 * within the batch go through {@link MessageThreading} one at a time, in their place.
 */
@Component
class BatchThreading {

  private final MessageThreading threading;
  private final Messages messages;
  private final Contacts contacts;
  private final ConversationStore conversations;
  private final ConversationLifecycle lifecycle;
  private final ApplicationEventPublisher events;

  BatchThreading(
      MessageThreading threading,
      Messages messages,
      Contacts contacts,
      ConversationStore conversations,
      ConversationSettings settings,
      ApplicationEventPublisher events) {
    this.threading = threading;
    this.messages = messages;
    this.contacts = contacts;
    this.conversations = conversations;
    this.lifecycle = new ConversationLifecycle(settings.reopenWindow());
    this.events = events;
  }

  List<RecordOutcome> recordAll(List<NewMessage> batch) {
    var outcomes = new RecordOutcome[batch.size()];
    var stored = storedIds(batch);
    var named = new HashSet<String>();
    var run = new ArrayList<Integer>();
    for (int i = 0; i < batch.size(); i++) {
      var m = batch.get(i);
      var key = m.externalId() == null ? null : key(m.workspaceId(), m.network(), m.externalId());
      if (key != null && stored.containsKey(key)) {
        outcomes[i] = new RecordOutcome.Duplicate(stored.get(key));
        continue;
      }
      boolean fresh = key != null && named.add(key);
      if (fresh && !m.fromBrand()) {
        if (!run.isEmpty() && !sameScope(batch.get(run.get(0)), m)) {
          recordRun(batch, run, outcomes);
          run.clear();
        }
        run.add(i);
        continue;
      }
      recordRun(batch, run, outcomes);
      run.clear();
      outcomes[i] = threading.record(m);
    }
    recordRun(batch, run, outcomes);
    return List.of(outcomes);
  }

  private static boolean sameScope(NewMessage a, NewMessage b) {
    return a.workspaceId() == b.workspaceId() && a.network() == b.network();
  }

  private static String key(long workspaceId, Network network, String externalId) {
    return workspaceId + ":" + network.wireName() + ":" + externalId;
  }

  /** The batch's messages stored before it, by key: one query per workspace and network. */
  private Map<String, Long> storedIds(List<NewMessage> batch) {
    var wanted = new LinkedHashMap<String, List<NewMessage>>();
    for (var m : batch) {
      if (m.externalId() != null) {
        wanted.computeIfAbsent(m.workspaceId() + ":" + m.network(), k -> new ArrayList<>()).add(m);
      }
    }
    var stored = new HashMap<String, Long>();
    for (var group : wanted.values()) {
      var first = group.get(0);
      var ids = new LinkedHashSet<String>();
      group.forEach(m -> ids.add(m.externalId()));
      messages
          .storedIds(first.workspaceId(), first.network(), ids)
          .forEach(
              (id, messageId) ->
                  stored.put(key(first.workspaceId(), first.network(), id), messageId));
    }
    return stored;
  }

  /** A contact of the run: known, or to be created. */
  private static final class ContactRef {
    Long id;
    final NewMessage first;

    ContactRef(Long id, NewMessage first) {
      this.id = id;
      this.first = first;
    }
  }

  /** A conversation the run adds to: existing, or to be created. */
  private static final class ConversationRef {
    Long id;
    final ContactRef contact;
    final Instant openedAt;
    final InboundTouch touch = new InboundTouch();

    ConversationRef(Long id, ContactRef contact, Instant openedAt) {
      this.id = id;
      this.contact = contact;
      this.openedAt = openedAt;
    }
  }

  /** A customer as the run goes: their conversations, with planned ones under negative ids. */
  private static final class Customer {
    final ContactRef contact;
    Optional<State> active;
    Optional<State> latestResolved;

    Customer(ContactRef contact, Optional<State> active, Optional<State> latestResolved) {
      this.contact = contact;
      this.active = active;
      this.latestResolved = latestResolved;
    }
  }

  private record Change(State from, ConversationStatus to, String why) {}

  /** One message of the run, placed. */
  private static final class Step {
    final int index;
    final NewMessage message;
    final ConversationRef conversation;
    final List<Change> changes;
    final boolean started;
    long messageId;

    Step(
        int index,
        NewMessage message,
        ConversationRef conversation,
        List<Change> changes,
        boolean started) {
      this.index = index;
      this.message = message;
      this.conversation = conversation;
      this.changes = changes;
      this.started = started;
    }
  }

  private void recordRun(List<NewMessage> batch, List<Integer> run, RecordOutcome[] outcomes) {
    if (run.isEmpty()) {
      return;
    }
    var first = batch.get(run.get(0));
    long ws = first.workspaceId();
    var network = first.network();

    // Read: the run's known contacts, their conversations, held replies waiting for its messages.
    var authors = new LinkedHashSet<String>();
    var externalIds = new ArrayList<String>(run.size());
    for (int i : run) {
      authors.add(MessageThreading.authorKey(batch.get(i)));
      externalIds.add(batch.get(i).externalId());
    }
    var known = contacts.findAll(ws, network, authors);
    var theirs = conversations.ofCustomers(ws, known.values());
    var heldFor = messages.parentsWithHeldReplies(ws, network, externalIds);

    // Plan, message by message, as the lifecycle decides.
    var customers = new HashMap<String, Customer>();
    var newContacts = new ArrayList<ContactRef>();
    var existing = new LinkedHashMap<Long, ConversationRef>();
    var planned = new ArrayList<ConversationRef>();
    var steps = new ArrayList<Step>(run.size());
    for (int i : run) {
      var m = batch.get(i);
      var customer =
          customers.computeIfAbsent(
              MessageThreading.authorKey(m),
              author -> {
                var contactId = known.get(author);
                if (contactId == null) {
                  var contact = new ContactRef(null, m);
                  newContacts.add(contact);
                  return new Customer(contact, Optional.empty(), Optional.empty());
                }
                var now = theirs.get(contactId);
                return new Customer(
                    new ContactRef(contactId, m),
                    now == null ? Optional.empty() : now.active(),
                    now == null ? Optional.empty() : now.latestResolved());
              });
      var placement =
          lifecycle.placeCustomerMessage(customer.active, customer.latestResolved, m.createdAt());
      var changes = new ArrayList<Change>(1);
      ConversationRef conversation;
      boolean started = false;
      if (placement instanceof Placement.Append append) {
        var current = customer.active.orElseThrow();
        if (current.status() != append.newStatus()) {
          changes.add(new Change(current, append.newStatus(), "customer replied"));
          customer.active =
              Optional.of(new State(current.id(), append.newStatus(), current.resolvedAt()));
        }
        conversation = ref(current.id(), existing, planned, customer.contact, m);
      } else if (placement instanceof Placement.Reopen reopen) {
        var resolved = customer.latestResolved.orElseThrow();
        changes.add(
            new Change(resolved, ConversationStatus.OPEN, "customer wrote again after resolution"));
        customer.active =
            Optional.of(
                new State(reopen.conversationId(), ConversationStatus.OPEN, resolved.resolvedAt()));
        customer.latestResolved = Optional.empty();
        conversation = ref(reopen.conversationId(), existing, planned, customer.contact, m);
      } else {
        var startNew = (Placement.StartNew) placement;
        if (startNew.closePrevious().isPresent()) {
          changes.add(
              new Change(
                  customer.latestResolved.orElseThrow(),
                  ConversationStatus.CLOSED,
                  "reopen window passed"));
        }
        conversation = new ConversationRef(null, customer.contact, m.createdAt());
        planned.add(conversation);
        // Planned conversations go by negative ids until they are inserted.
        customer.active = Optional.of(new State(-planned.size(), ConversationStatus.NEW, null));
        customer.latestResolved = Optional.empty();
        started = true;
      }
      conversation.touch.add(
          m.channelAccountId(), m.isPublic(), m.createdAt(), MessageThreading.preview(m.text()));
      steps.add(new Step(i, m, conversation, changes, started));
    }

    // Write: one JDBC batch per statement.
    var contactIds =
        contacts.createAll(
            ws,
            network,
            newContacts.stream()
                .map(
                    c ->
                        new Contacts.NewContact(
                            MessageThreading.authorKey(c.first),
                            c.first.authorHandle(),
                            c.first.authorExternalId() == null
                                ? "Unknown author"
                                : c.first.authorName(),
                            c.first.createdAt()))
                .toList());
    for (int c = 0; c < newContacts.size(); c++) {
      newContacts.get(c).id = contactIds.get(c);
    }
    var statusChanges = new ArrayList<ConversationStore.StatusChange>();
    for (var step : steps) {
      for (var change : step.changes) {
        if (change.from().id() > 0) {
          statusChanges.add(
              new ConversationStore.StatusChange(
                  change.from().id(), change.to(), step.message.createdAt()));
        }
      }
    }
    conversations.setStatusAll(ws, statusChanges);
    var conversationIds =
        conversations.insertAll(
            ws,
            planned.stream().map(c -> c.contact.id).toList(),
            planned.stream().map(c -> c.openedAt).toList(),
            planned.stream().map(c -> c.touch).toList());
    for (int c = 0; c < planned.size(); c++) {
      planned.get(c).id = conversationIds.get(c);
    }
    var messageIds =
        messages.insertAll(
            steps.stream()
                .map(s -> new Messages.Insert(s.message, s.conversation.id, "inbound"))
                .toList());
    var touches = new LinkedHashMap<Long, InboundTouch>();
    existing.forEach((id, ref) -> touches.put(id, ref.touch));
    conversations.touchInboundAll(ws, touches);

    // Publish, in the order of the messages. The customer messages go to routing and SLA in
    // batches; a batch is published before a status change of one of its conversations, so every
    // conversation sees its events in order.
    var recorded = new RecordedBatch();
    for (int s = 0; s < steps.size(); s++) {
      var step = steps.get(s);
      var m = step.message;
      long conversation = step.conversation.id;
      long id = messageIds.get(s);
      for (var change : step.changes) {
        long changed = change.from().id() > 0 ? change.from().id() : conversation;
        recorded.publishIfItNames(changed);
        events.publishEvent(
            new ConversationStatusChanged(
                ws, changed, change.from().status(), change.to(), change.why(), m.receivedAt()));
      }
      if (step.started) {
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
      threading.publishAttachments(m, conversation, id);
      if (heldFor.contains(m.externalId())) {
        recorded.publish();
        threading.adoptHeldReplies(m, m.externalId(), conversation);
      }
      outcomes[step.index] = new RecordOutcome.Recorded(id, conversation, step.started);
    }
    recorded.publish();
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

  private static ConversationRef ref(
      long id,
      Map<Long, ConversationRef> existing,
      List<ConversationRef> planned,
      ContactRef contact,
      NewMessage m) {
    if (id < 0) {
      return planned.get((int) (-id) - 1);
    }
    return existing.computeIfAbsent(
        id, known -> new ConversationRef(known, contact, m.createdAt()));
  }
}
