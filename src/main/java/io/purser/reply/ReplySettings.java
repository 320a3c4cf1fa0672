package io.purser.reply;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reconcileWindow how long a send with an unknown outcome waits for the network's echo of
 *     our own post before it is tried again
 * @param maxAttempts after this many attempts that asked to retry, the reply is marked failed
 * @param pollInterval how often an idle outbox worker looks for due replies
 */
@ConfigurationProperties(prefix = "purser.reply")
public record ReplySettings(Duration reconcileWindow, Integer maxAttempts, Duration pollInterval) {

  public ReplySettings {
    reconcileWindow = reconcileWindow == null ? Duration.ofMinutes(2) : reconcileWindow;
    maxAttempts = maxAttempts == null ? 8 : maxAttempts;
    pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
  }
}
