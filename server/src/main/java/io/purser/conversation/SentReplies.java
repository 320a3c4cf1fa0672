package io.purser.conversation;

import java.util.Optional;

/**
 * Finds one of our replies by the key it was sent with, which some networks echo back (Messenger's
 * {@code metadata}). Implemented by the module that sends replies; the conversation module asks it
 * when an echo carries a key, so the echo confirms the reply instead of becoming a second message.
 */
public interface SentReplies {

  /** The message id of the reply sent with this echo key in the workspace, if it is ours. */
  Optional<Long> messageSentWith(long workspaceId, String echoKey);
}
