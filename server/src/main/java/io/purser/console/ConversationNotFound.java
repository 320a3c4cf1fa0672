package io.purser.console;

/** The agent's workspace has no conversation with this id (it may exist in another one). */
public class ConversationNotFound extends RuntimeException {

  public ConversationNotFound(long conversationId) {
    super("no conversation " + conversationId + " in the caller's workspace");
  }
}
