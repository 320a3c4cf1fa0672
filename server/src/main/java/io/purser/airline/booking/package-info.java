/**
 * Which booking a conversation may open ({@code BookingAccess}) and its alternatives ranked for the
 * customer's wishes ({@code BookingLookup}); internal to the airline module.
 */
package io.purser.airline.booking;
