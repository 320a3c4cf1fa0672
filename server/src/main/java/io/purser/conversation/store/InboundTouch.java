package io.purser.conversation.store;

import java.time.Instant;

/**
 * What a batch adds to one conversation: its customer messages, as adding them one after the other
 * would apply them (counts add up, times keep their maximum, the last message gives the preview and
 * the account).
 */
public final class InboundTouch {
  int count;
  Instant lastAt;
  Instant lastPrivateAt;
  long channelAccountId;
  String preview;

  public void add(long channelAccountId, boolean isPublic, Instant at, String preview) {
    count++;
    lastAt = lastAt == null || lastAt.isBefore(at) ? at : lastAt;
    if (!isPublic) {
      lastPrivateAt = lastPrivateAt == null || lastPrivateAt.isBefore(at) ? at : lastPrivateAt;
    }
    this.channelAccountId = channelAccountId;
    this.preview = preview;
  }
}
