package io.purser.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** API tokens are stored as SHA-256 hashes only; the token itself is shown once, at creation. */
public final class TokenHash {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenHash() {}

  static String newToken() {
    var bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "pt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String of(String token) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  public static boolean sameToken(String presented, String expected) {
    return MessageDigest.isEqual(
        of(presented).getBytes(StandardCharsets.US_ASCII),
        of(expected).getBytes(StandardCharsets.US_ASCII));
  }
}
