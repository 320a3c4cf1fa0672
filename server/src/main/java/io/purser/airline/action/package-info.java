/**
 * Agents' actions on a booking, internal to the airline module: a rebook or a seat checked against
 * the booking and the airline's rules ({@code Rebooking}) once the customer is known to be the
 * passenger ({@code PassengerIdentity}), a confirmation sent again ({@code ConfirmationResends}),
 * the move to private messages ({@code PrivateHandOff}), each stored under its idempotency key
 * ({@code BookingActions}), run step by step against the airline ({@code ActionRunner}, {@code
 * ActionSteps}), approved, rejected or retried ({@code BookingActions}), with its audit trail
 * ({@code ActionTrail}).
 */
package io.purser.airline.action;
