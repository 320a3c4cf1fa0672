package io.purser.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reopenWindow how long after being resolved a customer's message opens the conversation
 *     again instead of starting a new one (default 7 days)
 */
@ConfigurationProperties(prefix = "purser.conversation")
public record ConversationSettings(Duration reopenWindow) {

  public ConversationSettings {
    reopenWindow = reopenWindow == null ? Duration.ofDays(7) : reopenWindow;
  }
}
