package io.purser.conversation.threading;

import io.purser.conversation.ConversationStatus;
import io.purser.conversation.NewMessage;
import io.purser.conversation.domain.ConversationLifecycle;
import io.purser.conversation.domain.ConversationLifecycle.Placement;
import io.purser.conversation.domain.ConversationLifecycle.State;
import io.purser.conversation.store.Contacts;
import io.purser.conversation.store.ConversationBatches.CustomerConversations;
import io.purser.conversation.store.InboundTouch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each customer message of a run goes, planned in memory: the lifecycle places every message
 * in turn against its customer's conversations as they stand, kept up to date as the run goes.
 * Contacts and conversations the run creates are planned here and get their ids when written.
 */
final class RunPlan {

  /** A contact of the run: known, or to be created. */
  static final class ContactRef {
    Long id;
    final NewMessage first;

    ContactRef(Long id, NewMessage first) {
      this.id = id;
      this.first = first;
    }
  }

  /** A conversation the run adds to: existing, or to be created. */
  static final class ConversationRef {
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

  record Change(State from, ConversationStatus to, String why) {}

  /** One message of the run, placed. */
  record Step(
      int index,
      NewMessage message,
      ConversationRef conversation,
      List<Change> changes,
      boolean started) {}

  final List<ContactRef> newContacts = new ArrayList<>();
  final Map<Long, ConversationRef> existing = new LinkedHashMap<>();
  final List<ConversationRef> planned = new ArrayList<>();
  final List<Step> steps = new ArrayList<>();
  private final Map<String, Customer> customers = new HashMap<>();
  private final ConversationLifecycle lifecycle;
  private final Map<String, Long> known;
  private final Map<Long, CustomerConversations> theirs;

  /**
   * @param known the run's known contacts, by {@link #authorKey}
   * @param theirs their conversations, by contact
   */
  RunPlan(
      ConversationLifecycle lifecycle,
      Map<String, Long> known,
      Map<Long, CustomerConversations> theirs) {
    this.lifecycle = lifecycle;
    this.known = known;
    this.theirs = theirs;
  }

  /** Places the message at this index of the batch. */
  void place(int index, NewMessage m) {
    var customer = customers.computeIfAbsent(authorKey(m), author -> customer(author, m));
    var placement =
        lifecycle.placeCustomerMessage(customer.active, customer.latestResolved, m.createdAt());
    var changes = new ArrayList<Change>(1);
    ConversationRef conversation;
    boolean started = false;
    if (placement instanceof Placement.Append append) {
      conversation = append(customer, append, changes, m);
    } else if (placement instanceof Placement.Reopen reopen) {
      conversation = reopen(customer, reopen, changes, m);
    } else {
      conversation = startNew(customer, (Placement.StartNew) placement, changes, m);
      started = true;
    }
    conversation.touch.add(m.channelAccountId(), m.isPublic(), m.createdAt(), preview(m.text()));
    steps.add(new Step(index, m, conversation, changes, started));
  }

  private Customer customer(String author, NewMessage m) {
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
  }

  private ConversationRef append(
      Customer customer, Placement.Append append, List<Change> changes, NewMessage m) {
    var current = customer.active.orElseThrow();
    if (current.status() != append.newStatus()) {
      changes.add(new Change(current, append.newStatus(), "customer replied"));
      customer.active =
          Optional.of(new State(current.id(), append.newStatus(), current.resolvedAt()));
    }
    return ref(current.id(), customer.contact, m);
  }

  private ConversationRef reopen(
      Customer customer, Placement.Reopen reopen, List<Change> changes, NewMessage m) {
    var resolved = customer.latestResolved.orElseThrow();
    changes.add(
        new Change(resolved, ConversationStatus.OPEN, "customer wrote again after resolution"));
    customer.active =
        Optional.of(
            new State(reopen.conversationId(), ConversationStatus.OPEN, resolved.resolvedAt()));
    customer.latestResolved = Optional.empty();
    return ref(reopen.conversationId(), customer.contact, m);
  }

  private ConversationRef startNew(
      Customer customer, Placement.StartNew startNew, List<Change> changes, NewMessage m) {
    if (startNew.closePrevious().isPresent()) {
      changes.add(
          new Change(
              customer.latestResolved.orElseThrow(),
              ConversationStatus.CLOSED,
              "reopen window passed"));
    }
    var conversation = new ConversationRef(null, customer.contact, m.createdAt());
    planned.add(conversation);
    // Planned conversations go by negative ids until they are inserted.
    customer.active = Optional.of(new State(-planned.size(), ConversationStatus.NEW, null));
    customer.latestResolved = Optional.empty();
    return conversation;
  }

  private ConversationRef ref(long id, ContactRef contact, NewMessage m) {
    if (id < 0) {
      return planned.get((int) (-id) - 1);
    }
    return existing.computeIfAbsent(
        id, known -> new ConversationRef(known, contact, m.createdAt()));
  }

  /**
   * Some deliveries do not name the author (a Page or Instagram mention carries only the comment
   * id). Such a message gets a customer of its own per thread rather than one shared "unknown"
   * customer that would merge strangers into one conversation.
   */
  static String authorKey(NewMessage m) {
    if (m.authorExternalId() != null) {
      return m.authorExternalId();
    }
    return "unknown:" + (m.threadExternalId() != null ? m.threadExternalId() : m.externalId());
  }

  static String preview(String text) {
    return Contacts.truncate(text == null ? "" : text.strip(), 280);
  }
}
