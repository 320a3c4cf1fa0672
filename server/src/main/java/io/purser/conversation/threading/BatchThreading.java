package io.purser.conversation.threading;

import io.purser.conversation.NewMessage;
import io.purser.conversation.RecordOutcome;
import io.purser.conversation.store.Messages;
import io.purser.conversation.store.OutboundMessages;
import io.purser.workspace.Network;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Threads incoming messages into their conversations, a batch at a time (a single message is a
 * batch of one): a customer's message into that customer's one active conversation (reopening or
 * starting one as the lifecycle decides), a message of the brand into the conversation of the
 * message it answers or of the customer it was sent to.
 *
 * <p>The batch's redeliveries are found with one query. Each run of consecutive new customer
 * messages of one workspace and network is recorded set-based ({@link CustomerThreading}); a
 * message of the brand ({@link BrandThreading}) and a second copy of a message within the batch are
 * recorded in their place between runs, so the outcome is that of recording the messages one after
 * the other.
 */
@Component
public class BatchThreading {

  private final Messages messages;
  private final CustomerThreading customers;
  private final BrandThreading brand;
  private final OutboundMessages outbound;

  BatchThreading(
      Messages messages,
      CustomerThreading customers,
      BrandThreading brand,
      OutboundMessages outbound) {
    this.messages = messages;
    this.customers = customers;
    this.brand = brand;
    this.outbound = outbound;
  }

  /** What became of each message, in the batch's order. */
  public List<RecordOutcome> recordAll(List<NewMessage> batch) {
    var outcomes = new RecordOutcome[batch.size()];
    var stored = storedIds(batch);
    var named = new HashSet<String>();
    var run = new ArrayList<Integer>();
    for (int i = 0; i < batch.size(); i++) {
      var m = batch.get(i);
      var key = m.externalId() == null ? null : key(m.workspaceId(), m.network(), m.externalId());
      if (key != null && stored.containsKey(key)) {
        outcomes[i] = new RecordOutcome.Duplicate(stored.get(key));
        if (m.fromBrand()) {
          // The echo of a reply we sent: the network has it out.
          outbound.echoed(m.workspaceId(), stored.get(key));
        }
        continue;
      }
      boolean repeat = key != null && !named.add(key);
      if (!repeat && !m.fromBrand()) {
        if (!run.isEmpty() && !sameScope(batch.get(run.get(0)), m)) {
          flush(batch, run, outcomes);
        }
        run.add(i);
        continue;
      }
      flush(batch, run, outcomes);
      outcomes[i] = repeat ? repeated(m) : brand.record(m);
    }
    flush(batch, run, outcomes);
    return List.of(outcomes);
  }

  private void flush(List<NewMessage> batch, List<Integer> run, RecordOutcome[] outcomes) {
    customers.record(batch, run, outcomes);
    run.clear();
  }

  /** A second copy of a message earlier in the batch, which is stored by now. */
  private RecordOutcome repeated(NewMessage m) {
    return messages
        .find(m.workspaceId(), m.network(), m.externalId())
        .<RecordOutcome>map(placed -> new RecordOutcome.Duplicate(placed.id()))
        .orElseGet(() -> recordAll(List.of(m)).get(0));
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
}
