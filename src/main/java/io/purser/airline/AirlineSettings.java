package io.purser.airline;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Purser reaches the airline, under {@code purser.airline.*}.
 *
 * @param connector none (default: booking actions answer 503), demo (the in-process demo airline)
 *     or http (the airline's own endpoints, see docs/airline-connector.openapi.yaml)
 * @param baseUrl the airline's connector endpoints (http only)
 * @param hmacSecret the shared secret that signs every request (http only)
 * @param connectTimeout connecting to the airline (default 2 seconds)
 * @param readTimeout waiting for the airline's answer (default 10 seconds)
 * @param confirmations who sends the confirmation e-mail: smtp (default: Purser, by SMTP) or
 *     connector (the airline's system)
 * @param mailboxPage show the e-mails Purser sent at /console/mailbox (the demo turns it on)
 */
@ConfigurationProperties(prefix = "purser.airline")
public record AirlineSettings(
    String connector,
    URI baseUrl,
    String hmacSecret,
    Duration connectTimeout,
    Duration readTimeout,
    String confirmations,
    boolean mailboxPage) {

  public AirlineSettings {
    connector = connector == null || connector.isBlank() ? "none" : connector.strip();
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    confirmations =
        confirmations == null || confirmations.isBlank() ? "smtp" : confirmations.strip();
    if (!confirmations.equals("smtp") && !confirmations.equals("connector")) {
      throw new IllegalArgumentException(
          "purser.airline.confirmations must be smtp or connector, got " + confirmations);
    }
  }

  public boolean confirmationsByConnector() {
    return confirmations.equals("connector");
  }

  @Override
  public String toString() {
    return "AirlineSettings[connector="
        + connector
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
