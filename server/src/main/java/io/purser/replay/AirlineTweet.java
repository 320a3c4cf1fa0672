package io.purser.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * A row of the Twitter US Airline Sentiment dataset (Tweets.csv): a customer's tweet to an airline,
 * labelled by people.
 *
 * @param name the author's handle; the dataset has no user ids
 */
public record AirlineTweet(
    String id, String name, String airline, String sentiment, String text, Instant createdAt) {

  /** As a customer's post; the author id is derived from the handle (see {@link #authorId}). */
  public ReplayTweet asReplay() {
    return new ReplayTweet(id, authorId(name), name, name, text, null, createdAt, false);
  }

  /**
   * A stable X user id for a handle: a positive 63-bit hash as a decimal string, so every tweet of
   * one person threads into that person's one conversation, run after run.
   */
  public static String authorId(String name) {
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = (value << 8) | (digest[i] & 0xff);
      }
      return Long.toString(value & Long.MAX_VALUE);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }
}
