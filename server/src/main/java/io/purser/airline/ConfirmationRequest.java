package io.purser.airline;

import java.util.Objects;

/**
 * Send the booking's itinerary and confirmation, at most once per key.
 *
 * @param email where to send it; null for the booking's own address
 * @param language the customer's language (en, fr, es) for the message; null for English
 */
public record ConfirmationRequest(
    String recordLocator, String email, String language, String idempotencyKey) {

  public ConfirmationRequest {
    Objects.requireNonNull(recordLocator, "record locator is required");
    Objects.requireNonNull(idempotencyKey, "idempotency key is required");
  }
}
