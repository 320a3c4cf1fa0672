package io.purser.channels.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature both networks put on a delivery, {@code sha256=<HMAC-SHA256(secret, body)>}, with
 * the digest written in hex (Meta) or base64 (X). A missing, garbled or wrong signature does not
 * verify, never throws; the comparison takes constant time so a forger learns nothing from timing.
 */
public enum Sha256Signature {
  HEX(HexFormat.of()::formatHex, HexFormat.of()::parseHex),
  BASE64(Base64.getEncoder()::encodeToString, Base64.getDecoder()::decode);

  private static final String PREFIX = "sha256=";

  private final Function<byte[], String> encoder;
  private final Function<String, byte[]> decoder;

  Sha256Signature(Function<byte[], String> encoder, Function<String, byte[]> decoder) {
    this.encoder = encoder;
    this.decoder = decoder;
  }

  /** {@code sha256=<digest>} of {@code body} with {@code secret}, which the caller has checked. */
  public String sign(String secret, byte[] body) {
    return PREFIX + encoder.apply(hmac(secret, body));
  }

  /** Whether {@code header} is {@code secret}'s signature of {@code body}; false on any doubt. */
  public boolean verify(String secret, byte[] body, String header) {
    if (secret == null || secret.isEmpty() || body == null || header == null) {
      return false;
    }
    String value = header.trim();
    if (!value.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      return false;
    }
    try {
      byte[] given = decoder.apply(value.substring(PREFIX.length()));
      return MessageDigest.isEqual(hmac(secret, body), given);
    } catch (IllegalArgumentException notEncoded) {
      return false;
    }
  }

  private static byte[] hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime must provide HmacSHA256", e);
    }
  }
}
