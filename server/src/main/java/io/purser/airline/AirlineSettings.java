package io.purser.airline;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The installation's airline settings, under {@code purser.airline.*}. The connector properties are
 * the airline of the default workspace (and of the demo workspace in {@code ./purser demo}); every
 * other workspace connects its own with {@code PUT /api/v1/airline/connector}, so one brand's
 * agents never reach the airline system the operator connected for another.
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
 * @param internalHosts hosts a workspace's own connector may reach although they are plain http,
 *     loopback or on a private network (default none: a workspace's administrator must not make
 *     Purser call into the installation's own network)
 */
@ConfigurationProperties(prefix = "purser.airline")
public record AirlineSettings(
    String connector,
    URI baseUrl,
    String hmacSecret,
    Duration connectTimeout,
    Duration readTimeout,
    String confirmations,
    boolean mailboxPage,
    List<String> internalHosts) {

  public AirlineSettings {
    internalHosts =
        internalHosts == null
            ? List.of()
            : internalHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    ConnectorSettings settings;
    try {
      settings =
          installation(connector, baseUrl, hmacSecret, connectTimeout, readTimeout, confirmations);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("purser.airline." + e.getMessage(), e);
    }
    if (settings.kind().equals("http")
        && (baseUrl == null || hmacSecret == null || hmacSecret.isBlank())) {
      throw new IllegalArgumentException(
          "purser.airline.connector=http needs purser.airline.base-url and"
              + " purser.airline.hmac-secret");
    }
  }

  /** The installation's connector: the default workspace's airline. */
  public ConnectorSettings installation() {
    return installation(connector, baseUrl, hmacSecret, connectTimeout, readTimeout, confirmations);
  }

  private static ConnectorSettings installation(
      String kind,
      URI baseUrl,
      String secret,
      Duration connect,
      Duration read,
      String confirmations) {
    return new ConnectorSettings(kind, baseUrl, secret, connect, read, confirmations);
  }

  public boolean internal(String host) {
    return host != null && internalHosts.contains(host.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return "AirlineSettings[" + installation() + ", internalHosts=" + internalHosts + "]";
  }
}
