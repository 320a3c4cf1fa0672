package io.purser.reply;

import io.purser.conversation.ConversationManagement;
import io.purser.workspace.Network;
import io.purser.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands due replies to the networks. A reply is marked "sending" and committed before the call, so
 * a node that dies mid-call leaves a trace: such replies become "unknown" at the next start and
 * wait for the network's echo of our own post before they are ever tried again.
 */
@Component
class OutboxWorker {

  private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

  private final Outbox outbox;
  private final ConversationManagement conversations;
  private final WorkspaceManagement workspaces;
  private final Map<Network, ChannelSender> senders;
  private final TransactionTemplate transactions;
  private final ReplySettings settings;
  private final Clock clock;

  OutboxWorker(
      Outbox outbox,
      ConversationManagement conversations,
      WorkspaceManagement workspaces,
      List<ChannelSender> senders,
      TransactionTemplate transactions,
      ReplySettings settings,
      Clock clock) {
    this.outbox = outbox;
    this.conversations = conversations;
    this.workspaces = workspaces;
    this.senders =
        senders.stream().collect(Collectors.toMap(ChannelSender::network, Function.identity()));
    this.transactions = transactions;
    this.settings = settings;
    this.clock = clock;
  }

  /** At start: sends that were under way when the node stopped have an unknown outcome. */
  void recoverInterrupted() {
    transactions.executeWithoutResult(
        tx ->
            outbox.interrupted().forEach(e -> markUnknown(e, "the node stopped during the send")));
  }

  /** Sends what is due; returns how many replies it handled. */
  int sendDue() {
    var claimed =
        transactions.execute(
            tx -> {
              var due = outbox.claimDue(20);
              due.forEach(
                  e -> {
                    outbox.update(e.id(), "sending", e.attempts() + 1, null, null);
                    conversations.setDeliveryStatus(
                        e.workspaceId(), e.messageId(), "sending", null, null);
                  });
              return due;
            });
    if (claimed == null) {
      return 0;
    }
    for (var entry : claimed) {
      var result = send(entry);
      transactions.executeWithoutResult(tx -> apply(entry, result));
    }
    return claimed.size();
  }

  private SendResult send(Outbox.Entry e) {
    var sender = senders.get(e.network());
    if (sender == null) {
      return new SendResult.Rejected(
          "no_sender", "no sender is configured for " + e.network().wireName());
    }
    var token =
        workspaces
            .findAccount(e.workspaceId(), e.channelAccountId())
            .map(a -> a.accessToken())
            .orElse(null);
    return sender.send(
        new OutboundMessage(
            e.id(),
            e.idempotencyKey(),
            e.network(),
            e.delivery(),
            e.accountExternalId(),
            token,
            e.recipientExternalId(),
            e.inReplyToExternalId(),
            e.text(),
            e.humanAgentTag()));
  }

  private void apply(Outbox.Entry e, SendResult result) {
    int attempts = e.attempts() + 1;
    if (result instanceof SendResult.Sent sent) {
      outbox.update(e.id(), "sent", attempts, null, null);
      conversations.setDeliveryStatus(
          e.workspaceId(), e.messageId(), "sent", sent.externalId(), null);
    } else if (result instanceof SendResult.RetryLater retry) {
      retryLater(e, attempts, retry);
    } else if (result instanceof SendResult.Unknown unknown) {
      markUnknown(e, unknown.reason());
    } else if (result instanceof SendResult.Rejected rejected) {
      var error = rejected.code() + ": " + rejected.message();
      outbox.update(e.id(), "failed", attempts, null, error);
      conversations.setDeliveryStatus(e.workspaceId(), e.messageId(), "failed", null, error);
    }
  }

  private void retryLater(Outbox.Entry e, int attempts, SendResult.RetryLater retry) {
    if (attempts >= settings.maxAttempts()) {
      var error = "gave up after " + attempts + " attempts: " + retry.reason();
      outbox.update(e.id(), "failed", attempts, null, error);
      conversations.setDeliveryStatus(e.workspaceId(), e.messageId(), "failed", null, error);
      return;
    }
    var backoff = Duration.ofSeconds(1L << Math.min(attempts, 20));
    var next = clock.instant().plus(backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff);
    if (retry.notBefore() != null && retry.notBefore().isAfter(next)) {
      next = retry.notBefore();
    }
    outbox.update(e.id(), "pending", attempts, next, retry.reason());
    conversations.setDeliveryStatus(e.workspaceId(), e.messageId(), "queued", null, retry.reason());
  }

  private void markUnknown(Outbox.Entry e, String reason) {
    Instant reconcileBy = clock.instant().plus(settings.reconcileWindow());
    log.warn(
        "Reply {} may or may not have been posted ({}); waiting for the echo",
        e.messageId(),
        reason);
    outbox.update(e.id(), "unknown", e.attempts() + 1, reconcileBy, reason);
    conversations.setDeliveryStatus(e.workspaceId(), e.messageId(), "unknown", null, reason);
  }
}
