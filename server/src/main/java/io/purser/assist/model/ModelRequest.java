package io.purser.assist.model;

import java.util.List;
import java.util.Objects;

/**
 * What the model is asked: the brand's instructions and the conversation so far, as plain text.
 * Everything here is masked before it is sent.
 *
 * @param instructions the system message: the brand's voice and what to draft
 * @param conversation the turns, oldest first
 */
public record ModelRequest(String instructions, List<Turn> conversation) {

  /** Who wrote a turn. */
  public enum Speaker {
    CUSTOMER,
    AGENT
  }

  /** One turn of the conversation. */
  public record Turn(Speaker speaker, String text) {
    public Turn {
      Objects.requireNonNull(speaker, "speaker is required");
      text = text == null ? "" : text;
    }
  }

  public ModelRequest {
    instructions = instructions == null ? "" : instructions;
    conversation = List.copyOf(conversation);
    if (conversation.isEmpty()) {
      throw new IllegalArgumentException("a draft needs at least one turn of the conversation");
    }
  }
}
