package io.purser.airline.connector;

import io.purser.airline.AirlineConnector;
import io.purser.airline.AirlineSettings;
import io.purser.airline.ConnectorSettings;
import io.purser.airline.demo.DemoConnections;
import io.purser.airline.http.HttpAirlineConnector;
import io.purser.workspace.WorkspaceManagement;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The airline connector of each workspace: its own when its administrator set one, else the
 * installation's {@code purser.airline.*} for the default workspace and no airline for any other.
 * The settings are read at each use, so every node follows a change at once; the HTTP client of a
 * workspace is kept while its settings stay the same.
 */
@Component
public class AirlineConnectors {

  private record Connected(ConnectorSettings settings, AirlineConnector connector) {}

  private final ConnectorRows rows;
  private final AirlineSettings installation;
  private final WorkspaceManagement workspaces;
  private final ObjectProvider<DemoConnections> demo;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Map<Long, Connected> connected = new ConcurrentHashMap<>();

  AirlineConnectors(
      ConnectorRows rows,
      AirlineSettings installation,
      WorkspaceManagement workspaces,
      ObjectProvider<DemoConnections> demo,
      Clock clock) {
    this.rows = rows;
    this.installation = installation;
    this.workspaces = workspaces;
    this.demo = demo;
    this.clock = clock;
  }

  /** The workspace's settings, and whether they are its own or the installation's. */
  public record Effective(ConnectorSettings settings, boolean own) {}

  public Effective settings(long workspaceId) {
    return rows.find(workspaceId)
        .map(own -> new Effective(own, true))
        .orElseGet(() -> new Effective(inherited(workspaceId), false));
  }

  public AirlineConnector forWorkspace(long workspaceId) {
    var settings = settings(workspaceId).settings();
    return connected
        .compute(
            workspaceId,
            (id, known) ->
                known != null && known.settings().equals(settings)
                    ? known
                    : new Connected(settings, connect(id, settings)))
        .connector();
  }

  /** Whether the demo airline runs in this installation (its connector is demo). */
  public boolean demoRuns() {
    return demo.getIfAvailable() != null;
  }

  private ConnectorSettings inherited(long workspaceId) {
    boolean isDefault =
        workspaces
            .find(workspaceId)
            .map(w -> WorkspaceManagement.DEFAULT_SLUG.equals(w.slug()))
            .orElse(false);
    return isDefault ? installation.installation() : ConnectorSettings.none();
  }

  private AirlineConnector connect(long workspaceId, ConnectorSettings settings) {
    return switch (settings.kind()) {
      case "http" -> new HttpAirlineConnector(settings, clock, json);
      case "demo" -> {
        var airline = demo.getIfAvailable();
        yield airline == null ? UnconfiguredAirline.INSTANCE : airline.connect(workspaceId);
      }
      default -> UnconfiguredAirline.INSTANCE;
    };
  }
}
