package io.purser.console.booking;

/**
 * A booking action the agent's role does not allow (a fare difference, an approval): answered 403
 * with the panel that says why, so the agent sees the reason and can ask a supervisor.
 */
public class ActionForbidden extends RuntimeException {

  private final transient BookingPanel panel;

  ActionForbidden(BookingPanel panel) {
    super(panel.outcome());
    this.panel = panel;
  }

  public BookingPanel panel() {
    return panel;
  }
}
