package io.purser.conversation.moderation;

import io.purser.conversation.ConversationEvents.CommentHideRequested;
import io.purser.conversation.ConversationManagement.HideRequest;
import io.purser.conversation.ConversationSummary;
import io.purser.conversation.MessageView;
import io.purser.conversation.annotation.Annotations;
import io.purser.conversation.store.ConversationViews;
import io.purser.conversation.store.Messages;
import io.purser.identity.AuditedChange;
import io.purser.workspace.Network;
import java.util.Collections;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Hiding a customer's public comment that shows personal data, where the network lets a page hide
 * one (Facebook and Instagram; X does not): asked of the network's adapter by an event, its answer
 * kept on the message or as a note.
 */
@Service
public class CommentHiding {

  private final ConversationViews views;
  private final Messages messages;
  private final Annotations annotations;
  private final ApplicationEventPublisher events;

  CommentHiding(
      ConversationViews views,
      Messages messages,
      Annotations annotations,
      ApplicationEventPublisher events) {
    this.views = views;
    this.messages = messages;
    this.annotations = annotations;
    this.events = events;
  }

  /** See {@link io.purser.conversation.ConversationManagement#requestHide}. */
  public HideRequest request(long workspaceId, long messageId, String requestedBy) {
    var message = views.view(workspaceId, messageId);
    if (message.isEmpty() || message.get().conversationId() == null) {
      return HideRequest.NOT_FOUND;
    }
    var m = message.get();
    var network = Network.fromWireName(m.network());
    if (!isPublicComment(m, network)) {
      return HideRequest.NOT_A_PUBLIC_COMMENT;
    }
    if (m.removal() != null && !"unhidden".equals(m.removal())) {
      return HideRequest.ALREADY_REMOVED;
    }
    var account =
        views.summary(workspaceId, m.conversationId()).map(ConversationSummary::channelAccountId);
    if (account.isEmpty() || account.get() == null) {
      return HideRequest.NOT_FOUND;
    }
    events.publishEvent(
        new CommentHideRequested(
            workspaceId,
            m.conversationId(),
            messageId,
            network,
            account.get(),
            m.externalId(),
            requestedBy));
    events.publishEvent(
        new AuditedChange(
            "message.hide",
            "message",
            messageId,
            Collections.singletonMap("removal", m.removal()),
            Map.of("removal", "hide-requested")));
    return HideRequest.REQUESTED;
  }

  private static boolean isPublicComment(MessageView m, Network network) {
    return m.isInbound()
        && m.isPublic()
        && "comment".equals(m.kind())
        && (network == Network.FACEBOOK || network == Network.INSTAGRAM);
  }

  /** The network hid the comment: it shows as hidden, by whom. */
  public void hidden(long workspaceId, long messageId, String by) {
    views
        .view(workspaceId, messageId)
        .ifPresent(
            m -> {
              messages.remove(
                  workspaceId, Network.fromWireName(m.network()), m.externalId(), "hidden");
              annotations.purserNote(
                  workspaceId,
                  m.conversationId(),
                  by + " hid the customer's public comment (it showed personal data).");
            });
  }

  /** The network refused to hide the comment: the agents see why in a note. */
  public void notHidden(long workspaceId, long messageId, String reason) {
    views
        .view(workspaceId, messageId)
        .ifPresent(
            m ->
                annotations.purserNote(
                    workspaceId,
                    m.conversationId(),
                    "The network did not hide the comment: " + reason));
  }
}
