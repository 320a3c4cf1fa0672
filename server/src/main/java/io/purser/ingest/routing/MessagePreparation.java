package io.purser.ingest.routing;

import io.purser.conversation.MessageRecording;
import io.purser.conversation.NewMessage;
import io.purser.ingest.InboundEvent;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.triage.TriageRequest;
import io.purser.triage.TriageResult;
import io.purser.workspace.ChannelAccount;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a normalised message into what the conversation module stores: triaged, with payment card
 * numbers masked before anything is written. The text is kept whole; what triage found in it is
 * capped ({@link RecordedTriage}).
 */
@Component
class MessagePreparation {

  private final MessageRecording conversations;
  private final WorkspaceTriage triage;
  private final JsonMapper json;

  MessagePreparation(MessageRecording conversations, WorkspaceTriage triage, JsonMapper json) {
    this.conversations = conversations;
    this.triage = triage;
    this.json = json;
  }

  NewMessage prepare(ChannelAccount account, InboundMessage m, Instant receivedAt) {
    var author = m.author() == null ? new InboundEvent.Party(null, null, null) : m.author();
    var counterpart = m.counterpart() == null ? null : m.counterpart().externalId();
    var original = m.text() == null ? "" : m.text();
    var createdAt = m.createdAt() == null ? receivedAt : m.createdAt();
    var result = triage(account, m, original, createdAt);
    // Every card number is masked, also those beyond what the stored record lists.
    var text = result.maskedText(original);
    var recorded = RecordedTriage.of(result);
    return new NewMessage(
        account.workspaceId(),
        account.id(),
        m.network(),
        m.externalId(),
        m.kind().name().toLowerCase(Locale.ROOT),
        m.isPublic(),
        m.fromAccount(),
        author.externalId(),
        author.handle(),
        author.displayName(),
        counterpart,
        text,
        m.attachments().isEmpty() ? null : json.writeValueAsString(m.attachments()),
        m.inReplyToExternalId(),
        m.threadExternalId(),
        createdAt,
        receivedAt,
        recorded.toJson(json),
        m.fromAccount() ? null : recorded.result(),
        author.followers(),
        m.echoKey());
  }

  private TriageResult triage(
      ChannelAccount account, InboundMessage m, String text, Instant createdAt) {
    boolean toBrandPost =
        m.isPublic()
            && conversations.isBrandPost(
                account.workspaceId(), m.network(), m.inReplyToExternalId());
    var author = m.author() == null ? null : m.author().handle();
    return triage
        .of(account.workspaceId())
        .classify(
            new TriageRequest(
                text, m.network().wireName(), m.isPublic(), toBrandPost, author, createdAt));
  }

  /** An edited text is masked like a new one. */
  String mask(long workspaceId, String text) {
    var original = text == null ? "" : text;
    return triage.of(workspaceId).classify(TriageRequest.ofText(original)).maskedText(original);
  }
}
