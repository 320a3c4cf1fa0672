package io.purser.tools;

import io.purser.AfterCommit;
import io.purser.conversation.ConversationEvents.MessageAdded;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Observes, inside the benchmarked application, the moment each customer message is committed in
 * its conversation: the pipeline announces {@link MessageAdded} inside its transaction, and the
 * time is taken when that transaction commits, so a message counts only once it is durable.
 */
final class CommitTimes implements ApplicationListener<ApplicationEvent> {

  private final Map<Long, Long> nanosByMessageId = new ConcurrentHashMap<>();

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof PayloadApplicationEvent<?> payload
        && payload.getPayload() instanceof MessageAdded added
        && added.inbound()) {
      AfterCommit.run(() -> nanosByMessageId.putIfAbsent(added.messageId(), System.nanoTime()));
    }
  }

  int count() {
    return nanosByMessageId.size();
  }

  /** When the message was committed ({@link System#nanoTime}), or null if it has not been. */
  Long committedAt(long messageId) {
    return nanosByMessageId.get(messageId);
  }
}
