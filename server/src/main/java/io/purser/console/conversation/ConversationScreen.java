package io.purser.console.conversation;

import io.purser.conversation.ConversationSummary;
import io.purser.conversation.Customer;
import io.purser.conversation.MessageView;
import io.purser.media.MediaView;
import io.purser.workspace.Network;
import java.util.List;

/**
 * Everything the conversation page shows: the conversation, its customer, the timeline and how the
 * reply form starts.
 *
 * @param network the network replies go out on; null when the account is gone
 * @param recordLocator the latest record locator the customer gave, for saved replies; or null
 * @param otherConversations the customer's other conversations, most recent first (at most {@link
 *     ConversationScreens#OTHER_CONVERSATIONS})
 */
record ConversationScreen(
    ConversationSummary conversation,
    Network network,
    Customer customer,
    List<ConversationSummary> otherConversations,
    List<TimelineEntry> timeline,
    ReplyForm reply,
    String recordLocator) {

  public String networkName() {
    return network == null ? "unknown" : network.wireName();
  }

  /**
   * A message with its attachments and triage result read from their stored JSON.
   *
   * @param parts the text, cut around record locators so each opens the booking
   * @param media the attachments as kept by Purser (fetched, read); empty before they are noted
   * @param exposed the kinds of personal data in the message (flagged when it is public)
   * @param failure why our reply failed, for the agent; null unless it failed
   */
  record TimelineEntry(
      MessageView message,
      List<MessageDetails.TextPart> parts,
      List<MessageDetails.Attachment> attachments,
      List<MediaView> media,
      List<String> exposed,
      List<TriageFact> triage,
      MessageDetails.Triaged triaged,
      DeliveryFailure failure) {}

  /**
   * One line of a triage result: a field (language, intent, …) and its value as text.
   *
   * @param keys the message keys that put the value in the agent's words, part by part; empty when
   *     the value is shown as stored (a language code, a model version)
   */
  record TriageFact(String name, String value, List<String> keys) {}

  /**
   * How the reply form starts.
   *
   * @param isPublic the default visibility: that of the customer's latest message
   * @param canBePublic false on WhatsApp or when the customer never wrote in public
   * @param publicLimit the network's longest public reply, in characters
   * @param privateLimit the network's longest private reply, in characters
   */
  record ReplyForm(boolean isPublic, boolean canBePublic, int publicLimit, int privateLimit) {

    public String visibility() {
      return isPublic ? "public" : "private";
    }
  }
}
