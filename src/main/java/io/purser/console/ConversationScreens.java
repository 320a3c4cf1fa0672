package io.purser.console;

import io.purser.console.ConversationScreen.ReplyForm;
import io.purser.console.ConversationScreen.TimelineEntry;
import io.purser.conversation.ConversationManagement;
import io.purser.conversation.ConversationSummary;
import io.purser.conversation.MessageView;
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

  private final ConversationManagement conversations;
  private final WorkspaceManagement workspaces;
  private final ReplyManagement replies;
  private final MessageDetails details;

  ConversationScreens(
      ConversationManagement conversations,
      WorkspaceManagement workspaces,
      ReplyManagement replies,
      MessageDetails details) {
    this.conversations = conversations;
    this.workspaces = workspaces;
    this.replies = replies;
    this.details = details;
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
        messages.stream().map(this::entry).toList(),
        replyForm(network, messages),
        recordLocator(messages));
  }

  private TimelineEntry entry(MessageView message) {
    return new TimelineEntry(
        message,
        details.attachments(message.attachments()),
        details.triage(message.triage()),
        details.triaged(message.triage()));
  }

  private String recordLocator(List<MessageView> messages) {
    String latest = null;
    for (var m : messages) {
      var found = m.isInbound() ? details.recordLocator(m.triage()) : null;
      latest = found == null ? latest : found;
    }
    return latest;
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
