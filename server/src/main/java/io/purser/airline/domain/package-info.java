/**
 * The airline's rules as plain Java: bookings, flights, seat maps, the fare rule of a change, who
 * may make it, and the ranking of alternative flights for what the customer asked ("after 6 pm").
 * No Spring, no SQL, no clock: every time is passed in.
 */
@org.springframework.modulith.NamedInterface("domain")
package io.purser.airline.domain;
