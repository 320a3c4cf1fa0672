package io.purser.console.conversation;

import io.purser.console.conversation.ConversationScreen.ReplyForm;
import io.purser.console.conversation.ConversationScreen.TimelineEntry;
import io.purser.conversation.ConversationManagement;
import io.purser.conversation.ConversationSummary;
import io.purser.conversation.MessageView;
import io.purser.media.MediaManagement;
import io.purser.media.MediaView;
import io.purser.reply.ReplyManagement;
import io.purser.workspace.ChannelAccount;
import io.purser.workspace.Network;
import io.purser.workspace.WorkspaceManagement;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Assembles the conversation page from the conversation, workspace and reply modules. */
@Service
class ConversationScreens {

  /** How many of the customer's other conversations the customer panel lists. */
  static final int OTHER_CONVERSATIONS = 10;

  private final ConversationManagement conversations;
  private final WorkspaceManagement workspaces;
  private final ReplyManagement replies;
  private final MessageDetails details;
  private final MediaManagement media;

  ConversationScreens(
      ConversationManagement conversations,
      WorkspaceManagement workspaces,
      ReplyManagement replies,
      MessageDetails details,
      MediaManagement media) {
    this.conversations = conversations;
    this.workspaces = workspaces;
    this.replies = replies;
    this.details = details;
    this.media = media;
  }

  /** The page of one conversation; empty when the workspace has no such conversation. */
  Optional<ConversationScreen> find(long workspaceId, long conversationId) {
    return conversations
        .find(workspaceId, conversationId)
        .map(conversation -> screen(workspaceId, conversation));
  }

  private ConversationScreen screen(long workspaceId, ConversationSummary conversation) {
    var messages = conversations.messages(workspaceId, conversation.id());
    var network = network(workspaceId, conversation, messages);
    return new ConversationScreen(
        conversation,
        network,
        conversations.customer(workspaceId, conversation.contactId()),
        conversations.otherConversations(
            workspaceId, conversation.contactId(), conversation.id(), OTHER_CONVERSATIONS),
        timeline(workspaceId, conversation.id(), messages),
        replyForm(network, messages),
        details.latestRecordLocator(messages));
  }

  private List<TimelineEntry> timeline(
      long workspaceId, long conversationId, List<MessageView> messages) {
    boolean anyAttachment = messages.stream().anyMatch(m -> m.attachments() != null);
    var kept =
        anyAttachment
            ? media.forConversation(workspaceId, conversationId).stream()
                .collect(java.util.stream.Collectors.groupingBy(MediaView::messageId))
            : java.util.Map.<Long, List<MediaView>>of();
    return messages.stream().map(m -> entry(m, kept.getOrDefault(m.id(), List.of()))).toList();
  }

  private TimelineEntry entry(MessageView message, List<MediaView> kept) {
    return new TimelineEntry(
        message,
        details.parts(message.text(), message.isInbound() ? message.triage() : null),
        details.attachments(message.attachments()),
        kept,
        message.isInbound() ? details.personalDataKinds(message.triage()) : List.of(),
        details.triage(message.triage()),
        details.triaged(message.triage()),
        "failed".equals(message.deliveryStatus())
            ? DeliveryFailure.of(message.deliveryError())
            : null);
  }

  /** The network of the account the customer last wrote to, else of their latest message. */
  private Network network(
      long workspaceId, ConversationSummary conversation, List<MessageView> messages) {
    var account =
        conversation.channelAccountId() == null
            ? Optional.<ChannelAccount>empty()
            : workspaces.findAccount(workspaceId, conversation.channelAccountId());
    return account
        .map(ChannelAccount::network)
        .or(() -> latestFromCustomer(messages).map(m -> Network.fromWireName(m.network())))
        .orElse(null);
  }

  private ReplyForm replyForm(Network network, List<MessageView> messages) {
    if (network == null) {
      return new ReplyForm(false, false, 0, 0);
    }
    var latest = latestFromCustomer(messages);
    boolean canBePublic =
        network != Network.WHATSAPP
            && messages.stream().anyMatch(m -> m.isInbound() && m.isPublic());
    boolean isPublic = canBePublic && latest.map(MessageView::isPublic).orElse(false);
    return new ReplyForm(
        isPublic,
        canBePublic,
        replies.characterLimit(network, true),
        replies.characterLimit(network, false));
  }

  private static Optional<MessageView> latestFromCustomer(List<MessageView> messages) {
    return messages.stream().filter(MessageView::isInbound).reduce((first, second) -> second);
  }
}
