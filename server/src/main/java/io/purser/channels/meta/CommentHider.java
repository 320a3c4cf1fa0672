package io.purser.channels.meta;

import io.purser.conversation.ConversationEvents.CommentHideRequested;
import io.purser.conversation.MessageRecording;
import io.purser.reply.SendResult;
import io.purser.workspace.ChannelAccount;
import io.purser.workspace.Network;
import io.purser.workspace.WorkspaceManagement;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hides a customer's public comment on the page when an agent asks (it showed personal data):
 * {@code POST /{comment-id}} with {@code is_hidden=true} on Facebook, {@code hide=true} on
 * Instagram, with the page's token. Hiding keeps the comment visible to its author and their
 * friends, so the customer is not silenced; deleting would be. The outcome goes back to the
 * conversation: hidden, or a note saying why not. Hiding twice is harmless, so a retry is safe.
 */
@Component
class CommentHider {

  private static final Logger log = LoggerFactory.getLogger(CommentHider.class);

  record Success(Boolean success) {}

  private final GraphApiClient graph;
  private final WorkspaceManagement workspaces;
  private final MessageRecording conversations;

  CommentHider(
      GraphApiClient graph, WorkspaceManagement workspaces, MessageRecording conversations) {
    this.graph = graph;
    this.workspaces = workspaces;
    this.conversations = conversations;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(CommentHideRequested request) {
    var token =
        workspaces
            .findAccount(request.workspaceId(), request.channelAccountId())
            .map(ChannelAccount::accessToken)
            .orElse(null);
    if (token == null || token.isBlank()) {
      conversations.commentNotHidden(
          request.workspaceId(), request.messageId(), "the page has no access token in Purser");
      return;
    }
    var body =
        request.network() == Network.INSTAGRAM
            ? Map.of("hide", true)
            : Map.<String, Object>of("is_hidden", true);
    var result =
        graph.postNode(
            request.commentId(),
            token,
            body,
            Success.class,
            s -> s != null && Boolean.TRUE.equals(s.success()) ? "hidden" : null);
    if (result instanceof SendResult.Sent) {
      conversations.commentHidden(
          request.workspaceId(), request.messageId(), request.requestedBy());
    } else {
      var reason = describe(result);
      log.info(
          "Hiding comment {} in workspace {} failed: {}",
          request.commentId(),
          request.workspaceId(),
          reason);
      conversations.commentNotHidden(request.workspaceId(), request.messageId(), reason);
    }
  }

  private static String describe(SendResult result) {
    if (result instanceof SendResult.Rejected rejected) {
      return rejected.code() + ": " + rejected.message();
    }
    if (result instanceof SendResult.RetryLater later) {
      return later.reason() + " (try again in a moment)";
    }
    if (result instanceof SendResult.Unknown unknown) {
      return unknown.reason() + " (try again: hiding twice is harmless)";
    }
    return String.valueOf(result);
  }
}
