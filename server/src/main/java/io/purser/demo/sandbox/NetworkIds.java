package io.purser.demo.sandbox;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/** Ids in the networks' own shapes, unique for the life of the demo. */
final class NetworkIds {

  /** X's snowflake epoch (2010-11-04T01:42:54.657Z): ids are time-ordered, as DM look-ups need. */
  private static final long X_EPOCH = 1288834974657L;

  private static final AtomicLong sequence = new AtomicLong();
  private static final SecureRandom random = new SecureRandom();

  private NetworkIds() {}

  /** A post or DM event id: milliseconds since X's epoch, then a sequence, as a 19-digit id. */
  static String x() {
    long millis = System.currentTimeMillis() - X_EPOCH;
    return Long.toString((millis << 22) | (sequence.incrementAndGet() & 0x3FFFFF));
  }

  /** A Messenger or Instagram message id ({@code m_…}). */
  static String mid() {
    return "m_" + opaque(30);
  }

  /** A WhatsApp message id ({@code wamid.…}). */
  static String wamid() {
    return "wamid." + Base64.getEncoder().encodeToString(bytes(36));
  }

  /** A digits-only Graph object id, as comments and posts have. */
  static String digits() {
    return Long.toString(
        100_000_000_000_000L + Math.floorMod(random.nextLong(), 899_999_999_999_999L));
  }

  private static String opaque(int length) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(bytes(length))
        .substring(0, length);
  }

  private static byte[] bytes(int n) {
    var bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }
}
