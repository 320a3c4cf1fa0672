/**
 * Empowered agents: the booking connector port ({@link io.purser.airline.AirlineConnector}) to the
 * airline's reservation system, its adapters (the in-process demo airline and the HMAC-signed HTTP
 * connector), and the agent actions on a booking from inside a conversation — lookup, alternatives,
 * rebooking, seats, the confirmation e-mail and the move to private messages — each with its
 * permissions, idempotency key and audit trail. Bookings belong to a workspace's airline: each
 * workspace connects its own ({@code airline_connector}, {@code /api/v1/airline/connector}; the
 * installation's {@code purser.airline.*} is the default workspace's), and a booking is opened only
 * for a conversation of the agent's workspace in which the customer wrote its record locator, or
 * with a passenger's last name. The airline's rules are plain Java in {@link
 * io.purser.airline.domain}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Airline")
package io.purser.airline;
