package io.purser.identity.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HashMap;
import java.util.function.Function;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored and checked. A password is first normalised to Unicode NFKC (SP 800-63B:
 * the same password typed on two keyboards, precomposed or not, is the same password). New hashes
 * are bcrypt of the password's SHA-256: bcrypt reads at most 72 bytes and Spring refuses more,
 * while a password may have 256 characters of up to four bytes each. Hashes written before ({@code
 * {bcrypt}} of the password itself) still match.
 */
public final class PasswordHashing {

  public static final String CURRENT = "bcrypt-sha256";

  private PasswordHashing() {}

  public static PasswordEncoder encoder() {
    var encoders = new HashMap<String, PasswordEncoder>();
    var legacy =
        (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
    encoders.put("bcrypt", new BCryptPasswordEncoder());
    encoders.put(CURRENT, new Preparing(new BCryptPasswordEncoder(), PasswordHashing::sha256));
    var delegating = new DelegatingPasswordEncoder(CURRENT, encoders);
    delegating.setDefaultPasswordEncoderForMatches(legacy);
    return new Preparing(delegating, PasswordHashing::normalise);
  }

  public static String normalise(CharSequence password) {
    return Normalizer.normalize(password, Normalizer.Form.NFKC);
  }

  /**
   * The base64 SHA-256 of the password: 44 bytes, whatever the password's length, all read by
   * bcrypt.
   */
  private static String sha256(CharSequence raw) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return Base64.getEncoder()
          .encodeToString(digest.digest(raw.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Hands the delegate the password as {@code prepare} turns it: NFKC before anything else sees the
   * password, SHA-256 before bcrypt does.
   */
  private record Preparing(PasswordEncoder delegate, Function<CharSequence, String> prepare)
      implements PasswordEncoder {
    @Override
    public String encode(CharSequence raw) {
      return delegate.encode(prepare.apply(raw));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      return delegate.matches(prepare.apply(raw), encoded);
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
      return delegate.upgradeEncoding(encoded);
    }
  }
}
