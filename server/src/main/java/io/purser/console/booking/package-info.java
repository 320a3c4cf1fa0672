/**
 * The booking panel beside a conversation: what it shows ({@code BookingPanelViews}), a change
 * shown for confirmation ({@code RebookReviews}) and the agent's clicks on it ({@code
 * BookingPanels}), through the airline module's API.
 */
package io.purser.console.booking;
