package io.purser.airline.connector;

import io.purser.OwnNetwork;
import io.purser.airline.AirlineSettings;
import io.purser.airline.ConnectorChange;
import io.purser.airline.ConnectorSettings;
import io.purser.airline.ConnectorView;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Checks and stores what a workspace's administrator sets as its connector. A workspace's airline
 * must be reached over https on the internet: a base URL on the installation's own network
 * (loopback, private, link-local addresses) or over plain http would let a tenant's administrator
 * make Purser send requests into it, so it is refused unless the operator lists the host in {@code
 * purser.airline.internal-hosts}.
 */
@Component
public class ConnectorSetup {

  private final ConnectorRows rows;
  private final AirlineConnectors connectors;
  private final AirlineSettings installation;
  private final Clock clock;

  ConnectorSetup(
      ConnectorRows rows, AirlineConnectors connectors, AirlineSettings installation, Clock clock) {
    this.rows = rows;
    this.connectors = connectors;
    this.installation = installation;
    this.clock = clock;
  }

  public ConnectorView show(long workspaceId) {
    var effective = connectors.settings(workspaceId);
    var source =
        effective.own()
            ? "workspace"
            : effective.settings().kind().equals("none") ? "unset" : "installation";
    return ConnectorView.of(effective.settings(), source);
  }

  /**
   * @throws IllegalArgumentException with what is wrong, for a 400
   */
  public ConnectorView set(long workspaceId, ConnectorChange change) {
    if (change == null || change.kind() == null || change.kind().isBlank()) {
      throw new IllegalArgumentException("kind is required: none, demo or http");
    }
    var kind = new ConnectorSettings(change.kind(), null, null, null, null, null).kind();
    if (kind.equals("demo") && !connectors.demoRuns()) {
      throw new IllegalArgumentException(
          "The demo airline does not run in this installation (purser.airline.connector=demo)");
    }
    var url = kind.equals("http") ? baseUrl(change.baseUrl()) : null;
    var secret = kind.equals("http") ? secret(workspaceId, url, change.hmacSecret()) : null;
    var settings =
        new ConnectorSettings(
            kind,
            url,
            secret,
            timeout(change.connectTimeoutMs(), "connectTimeoutMs", 2_000, 30_000),
            timeout(change.readTimeoutMs(), "readTimeoutMs", 10_000, 120_000),
            change.confirmations());
    rows.save(workspaceId, settings, clock.instant());
    return show(workspaceId);
  }

  private URI baseUrl(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("baseUrl is required for an http connector");
    }
    return OwnNetwork.checkedBaseUrl(text, installation::internal, "purser.airline.internal-hosts");
  }

  /** The secret given, or the one already set for the same URL. */
  private String secret(long workspaceId, URI url, String given) {
    if (given != null && !given.isBlank()) {
      if (given.strip().length() < 16) {
        throw new IllegalArgumentException("hmacSecret must be at least 16 characters");
      }
      return given.strip();
    }
    return rows.find(workspaceId)
        .filter(known -> url.equals(known.baseUrl()) && known.hmacSecret() != null)
        .map(ConnectorSettings::hmacSecret)
        .orElseThrow(
            () -> new IllegalArgumentException("hmacSecret is required for an http connector"));
  }

  private static Duration timeout(Integer millis, String field, int fallback, int most) {
    if (millis == null) {
      return Duration.ofMillis(fallback);
    }
    if (millis < 100 || millis > most) {
      throw new IllegalArgumentException(
          field + " must be between 100 and " + most + " milliseconds, got " + millis);
    }
    return Duration.ofMillis(millis);
  }
}
