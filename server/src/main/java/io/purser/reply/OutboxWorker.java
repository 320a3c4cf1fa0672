package io.purser.reply;

import io.purser.conversation.ConversationManagement;
import io.purser.workspace.Network;
import io.purser.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands due replies to the networks, and reconciles those whose outcome is unknown. A reply is
 * marked "sending" under a lease and committed before the call, so a node that dies mid-call, or
 * cannot record the result, leaves a trace: when the lease runs out the reply is looked up on the
 * network like a timed-out send, never sent again blindly.
 */
@Component
class OutboxWorker {

  private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

  private static final int BATCH = 20;

  private final Outbox outbox;
  private final ConversationManagement conversations;
  private final WorkspaceManagement workspaces;
  private final Map<Network, ChannelSender> senders;
  private final TransactionTemplate transactions;
  private final OutboxResults results;
  private final ReplySettings settings;
  private final Clock clock;

  OutboxWorker(
      Outbox outbox,
      ConversationManagement conversations,
      WorkspaceManagement workspaces,
      List<ChannelSender> senders,
      TransactionTemplate transactions,
      OutboxResults results,
      ReplySettings settings,
      Clock clock) {
    this.outbox = outbox;
    this.conversations = conversations;
    this.workspaces = workspaces;
    this.senders =
        senders.stream().collect(Collectors.toMap(ChannelSender::network, Function.identity()));
    this.transactions = transactions;
    this.results = results;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * A claimed row: to send, or to look up; ours until {@code leaseUntil}, and for a send as long as
   * the row still carries {@code claimedAt}.
   */
  private record Claim(Outbox.Entry entry, boolean send, Instant claimedAt, Instant leaseUntil) {}

  /** Sends and reconciles what is due; returns how many replies it handled. */
  int sendDue() {
    var claimed = transactions.execute(tx -> claim());
    if (claimed == null) {
      return 0;
    }
    for (var c : claimed) {
      if (!c.send()) {
        results.lookedUp(c.entry(), lookUp(c.entry()), c.leaseUntil());
        continue;
      }
      // Earlier sends of the batch may have taken long: renew the lease, or leave the row alone.
      var leaseUntil = clock.instant().plus(settings.sendLease());
      if (Boolean.TRUE.equals(
          transactions.execute(
              tx -> outbox.renewSending(c.entry().id(), c.claimedAt(), leaseUntil)))) {
        results.sent(c.entry(), send(c.entry()), leaseUntil);
      }
    }
    return claimed.size();
  }

  private List<Claim> claim() {
    var claimedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    var leaseUntil = claimedAt.plus(settings.sendLease());
    var claims = new ArrayList<Claim>();
    for (var e : outbox.claimDue(BATCH)) {
      if ("pending".equals(e.status())) {
        outbox.markSending(e.id(), e.attempts() + 1, claimedAt, leaseUntil);
        conversations.setDeliveryStatus(e.workspaceId(), e.messageId(), "sending", null, null);
        claims.add(new Claim(e, true, claimedAt, leaseUntil));
      } else {
        if ("sending".equals(e.status())) {
          // The lease ran out: the node died mid-send or could not record the result.
          var reason = "the result of the send was lost";
          outbox.update(e.id(), "unknown", e.attempts(), leaseUntil, reason);
          conversations.setDeliveryStatus(e.workspaceId(), e.messageId(), "checking", null, reason);
        } else {
          outbox.lease(e.id(), leaseUntil);
        }
        claims.add(new Claim(e, false, claimedAt, leaseUntil));
      }
    }
    return claims;
  }

  private SendResult send(Outbox.Entry e) {
    var sender = senders.get(e.network());
    if (sender == null) {
      return new SendResult.Rejected(
          "no_sender", "no sender is configured for " + e.network().wireName());
    }
    var message = message(e);
    var result = sender.send(message);
    // OutboundMessage.toString() leaves out the token and the text.
    log.debug("{} -> {}", message, result);
    return result;
  }

  private Reconciliation lookUp(Outbox.Entry e) {
    var sender = senders.get(e.network());
    if (sender == null) {
      return new Reconciliation.CannotTell("no sender is configured for " + e.network().wireName());
    }
    var message = message(e);
    var found = sender.lookUp(message, sendBegan(e));
    log.debug("{} looked up -> {}", message, found);
    return found;
  }

  private Instant sendBegan(Outbox.Entry e) {
    return e.claimedAt() == null ? clock.instant() : e.claimedAt();
  }

  private OutboundMessage message(Outbox.Entry e) {
    var token =
        workspaces
            .findAccount(e.workspaceId(), e.channelAccountId())
            .map(a -> a.accessToken())
            .orElse(null);
    return new OutboundMessage(
        e.id(),
        e.idempotencyKey(),
        e.network(),
        e.delivery(),
        e.accountExternalId(),
        token,
        e.recipientExternalId(),
        e.inReplyToExternalId(),
        e.text(),
        e.humanAgentTag());
  }
}
