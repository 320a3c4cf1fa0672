package io.purser.airline.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs each request to the airline: {@code X-Purser-Signature: sha256=<hex HMAC-SHA256(secret,
 * timestamp + "\n" + method + "\n" + path and query + "\n" + body)>}, with the timestamp (Unix
 * seconds) in {@code X-Purser-Timestamp}, so the airline can check who sent it and refuse replays.
 */
public final class RequestSigner {

  public static final String SIGNATURE = "X-Purser-Signature";
  public static final String TIMESTAMP = "X-Purser-Timestamp";

  private RequestSigner() {}

  public static String sign(
      String secret, long timestamp, String method, String pathAndQuery, String body) {
    var payload = timestamp + "\n" + method + "\n" + pathAndQuery + "\n" + body;
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256="
          + HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has HmacSHA256", e);
    }
  }
}
