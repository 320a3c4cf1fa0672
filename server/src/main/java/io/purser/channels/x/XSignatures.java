package io.purser.channels.x;

import io.purser.channels.webhook.Sha256Signature;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * X's webhook security: the CRC answer ({@code response_token = "sha256=" + base64(HMAC-SHA256(
 * consumer secret, crc_token))}) and the delivery check ({@code x-twitter-webhooks-signature:
 * sha256=<base64 HMAC-SHA256(consumer secret, raw body)>}). A missing, garbled or wrong header is
 * {@code false}, never an exception; comparisons take constant time. {@link #sign} lets our own
 * tools (replay, benchmark) send correctly signed deliveries.
 */
@Component
@NamedInterface("x-signatures")
public class XSignatures {

  /** The header X signs deliveries with. */
  public static final String HEADER = "x-twitter-webhooks-signature";

  /**
   * What an X CRC token looks like: X sends a short base64 or base64url string (48 characters in
   * every documented exchange). The CRC answer is the HMAC of the token in exactly the format of a
   * delivery signature, so answering any text would sign any body an attacker chose; a token made
   * of these characters can never be a JSON object, the only body a delivery may carry.
   */
  private static final Pattern CRC_TOKEN = Pattern.compile("[A-Za-z0-9+/=_-]{1,128}");

  private final XSettings settings;

  public XSignatures(XSettings settings) {
    this.settings = settings;
  }

  /**
   * The {@code response_token} for a CRC challenge.
   *
   * @throws IllegalArgumentException when there is no token to answer, or it does not look like one
   *     of X's (the endpoint answers 400)
   * @throws IllegalStateException when no consumer secret is configured: X cannot be answered
   */
  public String crcResponseToken(String crcToken) {
    if (crcToken == null) {
      throw new IllegalArgumentException("a CRC request needs a crc_token to answer");
    }
    if (!looksLikeCrcToken(crcToken)) {
      throw new IllegalArgumentException(
          "a crc_token is at most 128 base64 characters (A-Z a-z 0-9 + / = _ -)");
    }
    String secret = settings.consumerSecret();
    if (secret == null || secret.isEmpty()) {
      throw new IllegalStateException("purser.x.consumer-secret is not set: cannot answer a CRC");
    }
    return sign(secret, crcToken.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether {@code token} has the shape of the tokens X sends: short, base64 characters only. */
  public static boolean looksLikeCrcToken(String token) {
    return token != null && CRC_TOKEN.matcher(token).matches();
  }

  /** Whether {@code header} is the configured consumer secret's signature of {@code body}. */
  public boolean isValid(byte[] body, String header) {
    return verify(settings.consumerSecret(), body, header);
  }

  /**
   * {@code sha256=<base64 HMAC-SHA256(secret, message)>}: the signature header of a delivery body,
   * and also the CRC {@code response_token} when the message is the {@code crc_token}.
   */
  public static String sign(String consumerSecret, byte[] message) {
    if (consumerSecret == null || consumerSecret.isEmpty() || message == null) {
      throw new IllegalArgumentException("signing needs a consumer secret and a message");
    }
    return Sha256Signature.BASE64.sign(consumerSecret, message);
  }

  /**
   * Whether {@code header} is {@code consumerSecret}'s signature of {@code body}; false on doubt.
   */
  public static boolean verify(String consumerSecret, byte[] body, String header) {
    return Sha256Signature.BASE64.verify(consumerSecret, body, header);
  }
}
