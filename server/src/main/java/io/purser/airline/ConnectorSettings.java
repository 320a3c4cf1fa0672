package io.purser.airline;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * How one workspace reaches its airline's system.
 *
 * @param kind none (booking actions answer 503), demo (the in-process demo airline) or http (the
 *     airline's own endpoints, see docs/airline-connector.openapi.yaml)
 * @param baseUrl the airline's connector endpoints (http only)
 * @param hmacSecret the shared secret that signs every request (http only); never shown
 * @param confirmations who sends the confirmation e-mail: smtp (Purser) or connector (the airline)
 */
public record ConnectorSettings(
    String kind,
    URI baseUrl,
    String hmacSecret,
    Duration connectTimeout,
    Duration readTimeout,
    String confirmations) {

  static final Set<String> KINDS = Set.of("none", "demo", "http");

  public ConnectorSettings {
    kind = kind == null || kind.isBlank() ? "none" : kind.strip().toLowerCase(Locale.ROOT);
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    confirmations =
        confirmations == null || confirmations.isBlank()
            ? "smtp"
            : confirmations.strip().toLowerCase(Locale.ROOT);
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("kind must be none, demo or http, got '" + kind + "'");
    }
    if (!confirmations.equals("smtp") && !confirmations.equals("connector")) {
      throw new IllegalArgumentException(
          "confirmations must be smtp or connector, got '" + confirmations + "'");
    }
  }

  /** No airline connected. */
  public static ConnectorSettings none() {
    return new ConnectorSettings("none", null, null, null, null, null);
  }

  public boolean confirmationsByConnector() {
    return confirmations.equals("connector");
  }

  @Override
  public String toString() {
    return "ConnectorSettings[kind="
        + kind
        + ", baseUrl="
        + baseUrl
        + ", hmacSecret="
        + (hmacSecret == null ? "none" : "***")
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", confirmations="
        + confirmations
        + "]";
  }
}
