package io.purser.airline.action;

import io.purser.airline.ActionOutcome;
import io.purser.airline.ActionRequest;
import io.purser.airline.Actor;
import io.purser.airline.domain.Fingerprint;
import io.purser.airline.domain.PrivateInvitation;
import io.purser.conversation.ConversationManagement;
import io.purser.conversation.MessageView;
import io.purser.reply.ReplyManagement;
import io.purser.reply.ReplyOutcome;
import io.purser.workspace.WorkspaceManagement;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Moves a public conversation to private messages in one action: on X a public reply inviting to DM
 * with the brand's DM deep link; on Facebook and Instagram a private reply to the comment. The
 * customer's private messages then join the same conversation (threading is per customer).
 */
@Component
public class PrivateHandOff {

  private static final Pattern LANGUAGE = Pattern.compile("\"language\"\\s*:\\s*\"([a-z]{2,3})\"");

  private final ConversationManagement conversations;
  private final WorkspaceManagement workspaces;
  private final ReplyManagement replies;
  private final BookingActions actions;

  PrivateHandOff(
      ConversationManagement conversations,
      WorkspaceManagement workspaces,
      ReplyManagement replies,
      BookingActions actions) {
    this.conversations = conversations;
    this.workspaces = workspaces;
    this.replies = replies;
    this.actions = actions;
  }

  public ActionOutcome move(
      long workspaceId, long conversationId, Actor actor, String key, String text) {
    var fingerprint = Fingerprint.of("move_private", conversationId, text);
    var repeated = actions.repeated(workspaceId, key, fingerprint);
    if (repeated.isPresent()) {
      return repeated.get();
    }
    var conversation = conversations.find(workspaceId, conversationId);
    if (conversation.isEmpty() || conversation.get().channelAccountId() == null) {
      return new ActionOutcome.Refused(404, "Not found", "No conversation " + conversationId);
    }
    var inbound =
        conversations.messages(workspaceId, conversationId).stream()
            .filter(MessageView::isInbound)
            .toList();
    if (inbound.isEmpty()) {
      return new ActionOutcome.Refused(
          422, "Nothing to answer", "The customer has not written yet");
    }
    var latest = inbound.get(inbound.size() - 1);
    if (!latest.isPublic() || "whatsapp".equals(latest.network())) {
      return new ActionOutcome.Refused(
          409, "Already private", "The customer's latest message is already private");
    }
    var account =
        workspaces.findAccount(workspaceId, conversation.get().channelAccountId()).orElseThrow();
    var language = language(latest);
    boolean onX = "x".equals(latest.network());
    var link = PrivateInvitation.xDirectMessageLink(account.externalId());
    var message =
        onX
            ? (text == null || text.isBlank()
                ? PrivateInvitation.publicInvitation(language, link)
                : withLink(text, link))
            : (text == null || text.isBlank() ? PrivateInvitation.privateReply(language) : text);
    var outcome =
        replies.reply(
            new ReplyManagement.Draft(
                workspaceId, conversationId, message, onX, key, actor.userId(), actor.name()));
    return recorded(workspaceId, conversationId, actor, key, fingerprint, onX, outcome);
  }

  private ActionOutcome recorded(
      long workspaceId,
      long conversationId,
      Actor actor,
      String key,
      String fingerprint,
      boolean onX,
      ReplyOutcome outcome) {
    if (outcome instanceof ReplyOutcome.Refused refused) {
      return new ActionOutcome.Refused(422, "Reply refused", refused.reason());
    }
    if (outcome instanceof ReplyOutcome.Conflict conflict) {
      return new ActionOutcome.Refused(
          409,
          "Conversation owned by another agent",
          conflict.ownerName() + " is working on this conversation");
    }
    if (!(outcome instanceof ReplyOutcome.Queued queued)) {
      return new ActionOutcome.Refused(404, "Not found", "No conversation " + conversationId);
    }
    var after =
        (onX ? "public reply with a DM link" : "private reply to the comment")
            + " (message "
            + queued.message().id()
            + ")";
    var request =
        new ActionRequest(null, null, null, null, null, null, null, false, null, null, null, null);
    return actions.recordDone(
        new ActionDraft(
            workspaceId,
            conversationId,
            "move_private",
            key,
            fingerprint,
            request,
            null,
            "public conversation",
            actor,
            false,
            queued.message().text()),
        "moved_private",
        after);
  }

  private static String withLink(String text, String link) {
    return text.contains(link) ? text : text.strip() + " " + link;
  }

  private static String language(MessageView message) {
    if (message.triage() == null) {
      return "en";
    }
    var found = LANGUAGE.matcher(message.triage());
    return found.find() ? found.group(1) : "en";
  }
}
