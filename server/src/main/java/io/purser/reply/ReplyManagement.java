package io.purser.reply;

import io.purser.AfterCommit;
import io.purser.conversation.ConversationManagement;
import io.purser.conversation.OutboundReply;
import io.purser.reply.domain.ReplyRules;
import io.purser.routing.RoutingManagement;
import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import io.purser.workspace.Network;
import io.purser.workspace.WorkspaceManagement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The reply module's API: check an agent's reply, store it with its outbox row, send it. */
@Service
public class ReplyManagement {

  private final ConversationManagement conversations;
  private final WorkspaceManagement workspaces;
  private final Outbox outbox;
  private final SavedReplies savedReplies;
  private final OutboxLoop loop;
  private final TransactionTemplate transactions;
  private final Triage triage;
  private final RoutingManagement routing;
  private final SendingAgain sendingAgain;
  private final Clock clock;

  ReplyManagement(
      ConversationManagement conversations,
      WorkspaceManagement workspaces,
      Outbox outbox,
      SavedReplies savedReplies,
      OutboxLoop loop,
      TransactionTemplate transactions,
      Triage triage,
      RoutingManagement routing,
      SendingAgain sendingAgain,
      Clock clock) {
    this.conversations = conversations;
    this.workspaces = workspaces;
    this.outbox = outbox;
    this.savedReplies = savedReplies;
    this.loop = loop;
    this.transactions = transactions;
    this.triage = triage;
    this.routing = routing;
    this.sendingAgain = sendingAgain;
    this.clock = clock;
  }

  /** An agent's reply. {@code isPublic} null means: as the customer's latest message. */
  public record Draft(
      long workspaceId,
      long conversationId,
      String text,
      Boolean isPublic,
      String idempotencyKey,
      Long userId,
      String authorName,
      boolean takeOver) {

    /** A reply that does not take the conversation over from another agent. */
    public Draft(
        long workspaceId,
        long conversationId,
        String text,
        Boolean isPublic,
        String idempotencyKey,
        Long userId,
        String authorName) {
      this(workspaceId, conversationId, text, isPublic, idempotencyKey, userId, authorName, false);
    }
  }

  public ReplyOutcome reply(Draft draft) {
    return transactions.execute(tx -> queue(draft));
  }

  private ReplyOutcome queue(Draft d) {
    if (d.idempotencyKey() != null && d.idempotencyKey().length() > Outbox.LONGEST_KEY) {
      return new ReplyOutcome.Refused(
          "an idempotency key has at most " + Outbox.LONGEST_KEY + " characters");
    }
    if (d.idempotencyKey() != null) {
      var earlier = outbox.findByKey(d.workspaceId(), d.idempotencyKey());
      if (earlier.isPresent()) {
        return new ReplyOutcome.Queued(
            conversations.message(d.workspaceId(), earlier.get().messageId()).orElseThrow(), true);
      }
    }
    var conversation = conversations.find(d.workspaceId(), d.conversationId());
    if (conversation.isEmpty() || conversation.get().channelAccountId() == null) {
      return new ReplyOutcome.NotFound();
    }
    var answered =
        ReplyTarget.choose(
            conversations.messages(d.workspaceId(), d.conversationId()), d.isPublic());
    if (answered.isEmpty()) {
      return new ReplyOutcome.Refused("there is no customer message to answer publicly");
    }
    var claim =
        routing.claimForReply(d.workspaceId(), d.conversationId(), d.userId(), d.takeOver());
    if (claim instanceof RoutingManagement.ReplyClaim.HeldBy held) {
      return new ReplyOutcome.Conflict(held.ownerId(), held.ownerName());
    }
    var target = answered.get();
    boolean isPublic = d.isPublic() == null ? target.isPublic() : d.isPublic();
    var network = Network.fromWireName(target.network());
    var decision =
        ReplyRules.decide(
            new ReplyRules.Request(
                network,
                isPublic,
                d.text(),
                target.kind(),
                target.isPublic(),
                conversation.get().lastInboundPrivateAt(),
                clock.instant()));
    if (decision instanceof ReplyRules.Decision.Refused refused) {
      return new ReplyOutcome.Refused(refused.reason());
    }
    if (isPublic) {
      var exposed = personalData(d.text(), network);
      if (!exposed.isEmpty()) {
        return new ReplyOutcome.Refused(
            "the reply would show personal data in public (" + exposed + "); send it privately");
      }
    }
    var allowed = (ReplyRules.Decision.Allowed) decision;
    var account =
        workspaces
            .findAccount(d.workspaceId(), conversation.get().channelAccountId())
            .orElseThrow();
    long messageId =
        conversations.addReply(
            new OutboundReply(
                d.workspaceId(),
                d.conversationId(),
                account.id(),
                network,
                account.externalId(),
                isPublic ? target.kind() : "direct",
                isPublic,
                d.text(),
                target.externalId(),
                target.threadExternalId(),
                ReplyTarget.recipient(target, allowed.delivery()),
                d.userId(),
                account.name(),
                d.authorName()));
    outbox.insert(
        new Outbox.Entry(
            0,
            d.workspaceId(),
            messageId,
            d.idempotencyKey() == null ? UUID.randomUUID().toString() : d.idempotencyKey(),
            account.id(),
            network,
            allowed.delivery(),
            ReplyTarget.sendingAccount(target, account.externalId()),
            ReplyTarget.recipient(target, allowed.delivery()),
            target.externalId(),
            allowed.humanAgentTag(),
            d.text(),
            "pending",
            0,
            null,
            0));
    AfterCommit.run(loop::wake);
    return new ReplyOutcome.Queued(
        conversations.message(d.workspaceId(), messageId).orElseThrow(), false);
  }

  /** What became of an agent's choice to send a reply again. */
  public enum SendAgainOutcome {
    /** Queued again under the same idempotency key. */
    QUEUED,
    /** No such reply in this workspace and conversation. */
    NOT_FOUND,
    /** The reply is neither of unknown outcome nor failed (sent, queued, or being checked). */
    NOT_UNKNOWN
  }

  /**
   * An agent sends a reply again: one Purser could not tell was posted (they checked the network)
   * or one whose delivery failed (Retry). Never done automatically; audited.
   */
  public SendAgainOutcome sendAgain(long workspaceId, long conversationId, long messageId) {
    var outcome = sendingAgain.sendAgain(workspaceId, conversationId, messageId);
    if (outcome == SendAgainOutcome.QUEUED) {
      loop.wake();
    }
    return outcome;
  }

  /**
   * The kinds of personal data (record_locator, email, phone, …) the text would show if sent in
   * public: the console warns while the agent types; {@link #reply} refuses.
   */
  public List<String> personalDataKinds(String text, Network network) {
    var found = personalData(text, network);
    return found.isEmpty() ? List.of() : List.of(found.split(", "));
  }

  /** The brand's saved replies whose name or text contains the query, by name. */
  public List<SavedReply> savedReplies(long workspaceId, String query, int limit) {
    return savedReplies.search(workspaceId, query, limit);
  }

  /** Stores a saved reply; empty when the brand already has one of that name. */
  @org.springframework.transaction.annotation.Transactional
  public java.util.Optional<Long> saveReply(long workspaceId, String name, String text) {
    return savedReplies.insert(workspaceId, name.strip(), text);
  }

  @org.springframework.transaction.annotation.Transactional
  public boolean deleteSavedReply(long workspaceId, long id) {
    return savedReplies.delete(workspaceId, id);
  }

  private String personalData(String text, Network network) {
    return triage
        .classify(new TriageRequest(text, network.wireName(), true, false, null, clock.instant()))
        .personalData()
        .stream()
        .map(found -> found.kind().wireName())
        .distinct()
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** The longest reply (in code points) the network accepts, so the console can count down. */
  public int characterLimit(Network network, boolean isPublic) {
    return ReplyRules.limit(network, isPublic);
  }
}
