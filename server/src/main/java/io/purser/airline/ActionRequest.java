package io.purser.airline;

import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.ChangeReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the agent asked, stored as JSON with the action so an approval or a retry runs exactly it.
 *
 * @param flightNumber the flight to move to (rebook only)
 * @param seats seats to give after the change (rebook) or now (seat)
 * @param email where the confirmation goes; null for the booking's own address
 * @param language the confirmation's language (en, fr, es); null for English
 * @param lastName a passenger's last name, which opens a booking whose record locator the customer
 *     did not write in the conversation; null otherwise
 * @param identityCheck how the agent made sure the conversation's customer is the booking's
 *     passenger, when Purser cannot tell (see {@code BookingAccess#unlinked}); null otherwise
 */
public record ActionRequest(
    String recordLocator,
    String segmentId,
    String flightNumber,
    LocalDate date,
    Cabin cabin,
    ChangeReason reason,
    List<SeatChoice> seats,
    boolean sendConfirmation,
    String email,
    String language,
    String lastName,
    String identityCheck) {

  /**
   * A seat for a passenger: a code ("14A"), or a preference (window, aisle) to pick the first free.
   */
  public record SeatChoice(String passengerId, String seat, String preference) {}

  public ActionRequest {
    seats = seats == null ? List.of() : List.copyOf(seats);
    identityCheck = identityCheck == null || identityCheck.isBlank() ? null : identityCheck.strip();
  }

  /**
   * The booking's confirmation e-mail again, to its own address: nothing else changes.
   *
   * @param segmentId any of the booking's segments, which opens it
   */
  public static ActionRequest confirmation(
      String recordLocator,
      String segmentId,
      String language,
      String lastName,
      String identityCheck) {
    return new ActionRequest(
        recordLocator,
        segmentId,
        null,
        null,
        null,
        null,
        List.of(),
        true,
        null,
        language,
        lastName,
        identityCheck);
  }

  /** The steps, in order: the change (rebook), one per seat, then the confirmation. */
  public List<String> steps(String kind) {
    var steps = new ArrayList<String>();
    if ("rebook".equals(kind)) {
      steps.add("change");
    }
    seats.forEach(s -> steps.add("seat:" + s.passengerId()));
    if (sendConfirmation) {
      steps.add("confirmation");
    }
    return steps;
  }

  /** The seat asked for the passenger named by a {@code seat:} step. */
  public SeatChoice seatFor(String passengerId) {
    return seats.stream()
        .filter(s -> s.passengerId().equals(passengerId))
        .findFirst()
        .orElseThrow();
  }
}
