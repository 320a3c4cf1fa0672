/**
 * The booking panel beside a conversation: what it shows ({@code BookingPanelViews}) and the
 * agent's clicks on it ({@code BookingPanels}), through the airline module's API.
 */
package io.purser.console.booking;
