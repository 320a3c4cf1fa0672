package io.purser.reply;

import io.purser.conversation.SentReplies;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tells the conversation module which reply an echoed key ({@link OutboundMessage#echoKey}) names.
 */
@Component
class OutboxEchoKeys implements SentReplies {

  private final Outbox outbox;

  OutboxEchoKeys(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public Optional<Long> messageSentWith(long workspaceId, String echoKey) {
    if (echoKey == null || !echoKey.startsWith(OutboundMessage.ECHO_KEY_PREFIX)) {
      return Optional.empty();
    }
    return outbox
        .findByKey(workspaceId, echoKey.substring(OutboundMessage.ECHO_KEY_PREFIX.length()))
        .map(Outbox.Entry::messageId);
  }
}
