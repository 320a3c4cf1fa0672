package io.purser.airline.http;

import io.purser.airline.domain.Alternative;
import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.ChangeReason;
import io.purser.airline.domain.FlightKey;
import java.util.List;

/** The JSON bodies of the connector protocol that are not domain records themselves. */
final class ConnectorWire {

  private ConnectorWire() {}

  record Alternatives(List<Alternative> items) {}

  record Change(FlightKey newFlight, Cabin cabin, ChangeReason reason) {}

  record SeatBody(String segmentId, String passengerId, String seat) {}

  record ConfirmationBody(String email, String language) {}

  record Confirmed(String recipient) {}

  /** A refusal: a problem detail with a machine-readable code. */
  record Refusal(String code, String detail) {}
}
