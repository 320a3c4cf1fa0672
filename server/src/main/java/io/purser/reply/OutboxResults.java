package io.purser.reply;

import io.purser.conversation.ConversationManagement;
import io.purser.conversation.ConversationStatus;
import io.purser.conversation.MessageView;
import io.purser.reply.domain.Reconciling;
import io.purser.reply.domain.Reconciling.Step;
import io.purser.routing.RoutingManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what became of each send and look-up, in the outbox and on the message, in one
 * transaction. While the database is unreachable the recording is retried with a bounded back-off
 * for as long as the row's lease lasts; after that the row is left "sending" and reconciled with
 * the network when the lease runs out, so a result that could not be written never causes a resend.
 */
@Component
class OutboxResults {

  private static final Logger log = LoggerFactory.getLogger(OutboxResults.class);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
  private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

  private final Outbox outbox;
  private final ConversationManagement conversations;
  private final RoutingManagement routing;
  private final TransactionTemplate transactions;
  private final ReplySettings settings;
  private final Clock clock;

  OutboxResults(
      Outbox outbox,
      ConversationManagement conversations,
      RoutingManagement routing,
      TransactionTemplate transactions,
      ReplySettings settings,
      Clock clock) {
    this.outbox = outbox;
    this.conversations = conversations;
    this.routing = routing;
    this.transactions = transactions;
    this.settings = settings;
    this.clock = clock;
  }

  void sent(Outbox.Entry e, SendResult result, Instant leaseUntil) {
    recordWhileLeased(e, leaseUntil, () -> apply(e, result));
  }

  void lookedUp(Outbox.Entry e, Reconciliation answer, Instant leaseUntil) {
    var began = e.claimedAt() == null ? clock.instant() : e.claimedAt();
    var step =
        Reconciling.decide(
            new Reconciling.Situation(
                answer,
                began,
                e.resends(),
                clock.instant(),
                settings.reconcileWindow(),
                settings.reconcileInterval()));
    recordWhileLeased(e, leaseUntil, () -> apply(e, step));
  }

  private void recordWhileLeased(Outbox.Entry e, Instant leaseUntil, Runnable change) {
    var pause = FIRST_PAUSE;
    while (true) {
      try {
        transactions.executeWithoutResult(tx -> change.run());
        return;
      } catch (DataAccessException | TransactionException failure) {
        if (!clock.instant().plus(pause).isBefore(leaseUntil) || !sleep(pause)) {
          // The lease runs out: the row stays "sending" and is reconciled, never resent blindly.
          log.error("Could not record the outcome of outbox row {}; it will be reconciled", e.id());
          return;
        }
        log.warn(
            "Could not record the outcome of outbox row {} ({}); retrying in {} ms",
            e.id(),
            failure.getClass().getSimpleName(),
            pause.toMillis());
        pause = longer(pause);
      }
    }
  }

  private static Duration longer(Duration pause) {
    var doubled = pause.multipliedBy(2);
    return doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
  }

  private static boolean sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void apply(Outbox.Entry e, SendResult result) {
    int attempts = e.attempts() + 1;
    if (result instanceof SendResult.Sent sent) {
      markSent(e, attempts, sent.externalId());
    } else if (result instanceof SendResult.RetryLater retry) {
      retryLater(e, attempts, retry);
    } else if (result instanceof SendResult.Unknown unknown) {
      log.warn("Reply {} may or may not have been posted; looking it up", e.messageId());
      lookAgain(e, attempts, clock.instant().plus(settings.reconcileInterval()), unknown.reason());
      conversations.setDeliveryStatus(
          e.workspaceId(), e.messageId(), "checking", null, unknown.reason());
    } else if (result instanceof SendResult.Rejected rejected) {
      fail(e, attempts, rejected.code() + ": " + rejected.message());
    }
  }

  private void apply(Outbox.Entry e, Step step) {
    if (step instanceof Step.MarkSent found) {
      markSent(e, e.attempts(), found.externalId());
    } else if (step instanceof Step.SendAgain) {
      outbox.sendAgain(e.id(), "the network does not show the reply: sending it again once");
      conversations.setDeliveryStatus(e.workspaceId(), e.messageId(), "queued", null, null);
    } else if (step instanceof Step.LookAgain again) {
      lookAgain(e, e.attempts(), again.at(), again.reason());
    } else if (step instanceof Step.AskAgent ask) {
      log.warn("Reply {} could not be reconciled; the agent decides", e.messageId());
      outbox.update(e.id(), "held", e.attempts(), clock.instant(), ask.reason());
      conversations.setDeliveryStatus(
          e.workspaceId(), e.messageId(), "unknown", null, ask.reason());
    }
  }

  private void markSent(Outbox.Entry e, int attempts, String externalId) {
    outbox.update(e.id(), "sent", attempts, null, null);
    conversations.setDeliveryStatus(e.workspaceId(), e.messageId(), "sent", externalId, null);
  }

  private void lookAgain(Outbox.Entry e, int attempts, Instant at, String reason) {
    outbox.update(e.id(), "unknown", attempts, at, reason);
  }

  private void fail(Outbox.Entry e, int attempts, String error) {
    outbox.update(e.id(), "failed", attempts, null, error);
    if (conversations.setDeliveryStatus(e.workspaceId(), e.messageId(), "failed", null, error)) {
      reopen(e);
    }
  }

  /**
   * The customer never got the answer, so the conversation is not done: a resolved or pending one
   * opens again and goes back to the agent who owned it (routing refuses beyond their capacity, and
   * it then waits in the queue); the SLA clock runs again and the live stream tells the owner.
   */
  private void reopen(Outbox.Entry e) {
    conversations
        .message(e.workspaceId(), e.messageId())
        .map(MessageView::conversationId)
        .flatMap(id -> conversations.find(e.workspaceId(), id))
        .filter(c -> "resolved".equals(c.status()) || "pending".equals(c.status()))
        .ifPresent(
            c -> {
              conversations.changeStatus(
                  e.workspaceId(),
                  c.id(),
                  ConversationStatus.OPEN,
                  "a reply could not be delivered");
              routing.giveBackToPreviousOwner(e.workspaceId(), c.id());
            });
  }

  private void retryLater(Outbox.Entry e, int attempts, SendResult.RetryLater retry) {
    if (attempts >= settings.maxAttempts()) {
      fail(e, attempts, "gave up after " + attempts + " attempts: " + retry.reason());
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
}
