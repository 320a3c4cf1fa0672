package io.purser.demo.sandbox;

import io.purser.workspace.Network;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What the demo's networks hold: the messages Purser sent through the sandbox (the latest {@value
 * #KEPT}), and the customers the demo's traffic introduced, so a follow-up comes from the right
 * person.
 */
@Component
@Profile("demo")
public class SandboxLedger {

  static final int KEPT = 2_000;

  /** A customer as the network shows them. */
  public record Customer(String id, String handle, String name) {}

  private final Deque<Sent> sent = new ArrayDeque<>();
  private final Map<String, Customer> customers = new ConcurrentHashMap<>();
  private final Map<String, String> authors = new ConcurrentHashMap<>();

  synchronized void add(Sent message) {
    sent.addLast(message);
    while (sent.size() > KEPT) {
      sent.removeFirst();
    }
  }

  /** The messages sent so far, oldest first. */
  public synchronized List<Sent> sent() {
    return new ArrayList<>(sent);
  }

  synchronized List<Sent> sent(Predicate<Sent> which) {
    return sent.stream().filter(which).toList();
  }

  /** A customer's message the demo delivered: who wrote it, so the sandbox can answer as them. */
  public void heard(Network network, String messageId, Customer author) {
    if (author == null || author.id() == null) {
      return;
    }
    customers.put(key(network, author.id()), author);
    if (messageId != null) {
      if (authors.size() > 100_000) {
        authors.clear();
      }
      authors.put(key(network, messageId), author.id());
    }
  }

  Optional<Customer> customer(Network network, String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(customers.get(key(network, id)));
  }

  /** The author of a message the demo delivered or of one Purser sent to a customer. */
  Optional<Customer> authorOf(Network network, String messageId) {
    if (messageId == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(authors.get(key(network, messageId)))
        .flatMap(id -> customer(network, id));
  }

  private static String key(Network network, String id) {
    return network.wireName() + ':' + id;
  }
}
