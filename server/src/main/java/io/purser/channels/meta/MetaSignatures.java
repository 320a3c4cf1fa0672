package io.purser.channels.meta;

import io.purser.channels.webhook.Sha256Signature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Checks that a delivery comes from Meta: {@code X-Hub-Signature-256: sha256=<lowercase hex
 * HMAC-SHA256(app secret, raw body)>}, and answers the subscription handshake's verify token. A
 * missing, garbled or wrong header is {@code false}, never an exception; comparisons take constant
 * time so a forger learns nothing from timing. {@link #sign} lets our own tools (replay, benchmark)
 * send correctly signed deliveries.
 */
@Component
@NamedInterface("meta-signatures")
public class MetaSignatures {

  /** The header Meta signs deliveries with. */
  public static final String HEADER = "X-Hub-Signature-256";

  private final MetaSettings settings;

  public MetaSignatures(MetaSettings settings) {
    this.settings = settings;
  }

  /** Whether {@code header} is the configured app secret's signature of {@code body}. */
  public boolean isValid(byte[] body, String header) {
    return verify(settings.appSecret(), body, header);
  }

  /** Whether the handshake's {@code hub.verify_token} is the configured one. */
  public boolean acceptsVerifyToken(String token) {
    String expected = settings.verifyToken();
    if (expected == null || expected.isEmpty() || token == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  /** The {@code X-Hub-Signature-256} header value for {@code body}: {@code sha256=<hex>}. */
  public static String sign(String appSecret, byte[] body) {
    if (appSecret == null || appSecret.isEmpty() || body == null) {
      throw new IllegalArgumentException("signing needs an app secret and a body");
    }
    return Sha256Signature.HEX.sign(appSecret, body);
  }

  /**
   * Whether {@code header} is {@code appSecret}'s signature of {@code body}; false on any doubt.
   */
  public static boolean verify(String appSecret, byte[] body, String header) {
    return Sha256Signature.HEX.verify(appSecret, body, header);
  }
}
