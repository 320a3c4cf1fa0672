package io.purser.airline.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a request's parts: an idempotency key used again with another request is told
 * apart from a true repeat.
 */
public final class Fingerprint {

  private Fingerprint() {}

  public static String of(Object... parts) {
    var joined = new StringBuilder();
    for (var part : parts) {
      joined.append(part).append('\u001f');
    }
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(joined.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
