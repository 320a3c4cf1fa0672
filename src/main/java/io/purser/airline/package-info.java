/**
 * Empowered agents: the booking connector port ({@link io.purser.airline.AirlineConnector}) to the
 * airline's reservation system, its adapters (the in-process demo airline and the HMAC-signed HTTP
 * connector), and the agent actions on a booking from inside a conversation — lookup, alternatives,
 * rebooking, seats, the confirmation e-mail and the move to private messages — each with its
 * permissions, idempotency key and audit trail. The airline's rules are plain Java in {@link
 * io.purser.airline.domain}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Airline")
package io.purser.airline;
