package io.purser.triage;

import java.time.Instant;

/**
 * A message to triage, with the context that changes the answer.
 *
 * @param text the message text as received (may be empty; {@code null} is read as empty)
 * @param network {@code x}, {@code facebook}, {@code instagram} or {@code whatsapp} ({@code null}
 *     when unknown)
 * @param isPublic {@code true} for a public post or comment, {@code false} for a private message (a
 *     private message is almost always a request)
 * @param inReplyToBrandPost whether the message replies to the brand's own post (a reply to a
 *     marketing post is engagement unless the text asks for help)
 * @param authorHandle the author's handle, for brand rules ({@code null} when unknown)
 * @param createdAt when the message was written: time expressions ("in 2 hours", "tomorrow") are
 *     read relative to it ({@code null} when unknown: relative times are then not resolved)
 */
public record TriageRequest(
    String text,
    String network,
    boolean isPublic,
    boolean inReplyToBrandPost,
    String authorHandle,
    Instant createdAt) {

  public TriageRequest {
    text = text == null ? "" : text;
  }

  /** A public post on X with no other context: what the evaluation on tweets uses. */
  public static TriageRequest ofText(String text) {
    return new TriageRequest(text, "x", true, false, null, null);
  }

  /** A public post on X written at {@code createdAt}. */
  public static TriageRequest ofText(String text, Instant createdAt) {
    return new TriageRequest(text, "x", true, false, null, createdAt);
  }
}
