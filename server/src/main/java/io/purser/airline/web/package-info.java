/**
 * The airline module's REST API: bookings, alternatives and seat maps, booking actions, and the
 * workspace's connector, each answered through {@link io.purser.airline.AirlineManagement}.
 */
package io.purser.airline.web;
