package io.purser.airline.action;

import io.purser.airline.ActionRequest;
import io.purser.airline.Actor;
import io.purser.airline.domain.Booking;
import java.util.Optional;

/**
 * A confirmation goes to the booking's own e-mail address. Another address — one the customer gave
 * in a message, or one an agent typed — needs a supervisor: otherwise any agent could have a
 * stranger's itinerary sent wherever they like.
 */
final class OtherAddress {

  private OtherAddress() {}

  /** Why a supervisor must approve the request's address, or empty when none needs to. */
  static Optional<String> reason(Booking booking, ActionRequest request, Actor actor) {
    if (!request.sendConfirmation() || request.email() == null || actor.supervisor()) {
      return Optional.empty();
    }
    if (booking.email() != null && booking.email().strip().equalsIgnoreCase(request.email())) {
      return Optional.empty();
    }
    return Optional.of(
        "the confirmation goes to the booking's own e-mail address; another address ("
            + request.email()
            + ") needs a supervisor's approval");
  }
}
