package io.purser.assist.tone;

import java.util.List;
import java.util.Objects;

/**
 * One thing the tone check noticed in a draft, with why it matters and what to do instead, as
 * message keys the console words in the agent's language.
 *
 * @param kind what it is about
 * @param start index of the first character concerned in the draft
 * @param end index just after the last one; equal to {@code start} when the finding is about what
 *     the draft lacks (an apology, a signature) and points where to add it
 * @param arguments the values both messages show, in order (the words concerned, a kind of personal
 *     data, the workspace's own explanation, the signature to add)
 */
public record ToneFinding(ToneKind kind, int start, int end, List<String> arguments) {

  public ToneFinding {
    Objects.requireNonNull(kind, "kind is required");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("expected 0 <= start <= end, got " + start + ".." + end);
    }
    arguments = List.copyOf(arguments);
  }

  /** The message key explaining the finding, e.g. {@code assist.tone.blame.explanation}. */
  public String explanationCode() {
    return "assist.tone." + kind.wireName() + ".explanation";
  }

  /**
   * The message key suggesting what to write instead, e.g. {@code assist.tone.blame.suggestion}.
   */
  public String suggestionCode() {
    return "assist.tone." + kind.wireName() + ".suggestion";
  }
}
