package io.purser.console.booking;

import io.purser.airline.AirlineManagement;
import io.purser.airline.IdentityToCheck;
import io.purser.airline.domain.ChangeReason;
import io.purser.identity.PurserPrincipal;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The change the agent clicked, shown for them to confirm before anything happens: the flights, the
 * seat, the fare difference and whether a supervisor must approve — for the reason picked — and
 * what the customer will be told. Nothing changes here; {@link BookingPanels} runs the change.
 */
@Service
class RebookReviews {

  private final AirlineManagement airline;
  private final BookingPanelViews views;

  RebookReviews(AirlineManagement airline, BookingPanelViews views) {
    this.airline = airline;
    this.views = views;
  }

  BookingPanel review(PurserPrincipal caller, long conversation, BookingPanels.Rebook r) {
    var locator = BookingPanelViews.normalised(r.asked().locator());
    if (locator == null) {
      return views.saying(caller, conversation, r.asked(), views.text("booking.badLocator"));
    }
    var asked = new BookingPanels.Asked(locator, r.asked().lastName());
    var panel = views.panel(caller, conversation, asked, null, null, true, false, r.reason());
    if (panel.booking() == null) {
      throw new BookingNotFound(locator);
    }
    var segment = panel.booking().segment(r.segmentId());
    var offered = panel.alternatives();
    if (segment.isEmpty() || offered == null || !offered.segment().id().equals(r.segmentId())) {
      return views.saying(caller, conversation, asked, views.text("booking.noSegment"));
    }
    var option =
        offered.items().stream()
            .filter(
                o ->
                    o.flight().number().equals(r.flightNumber())
                        && o.flight().departure().toLocalDate().equals(r.date()))
            .findFirst();
    if (option.isEmpty()) {
      return views.saying(
          caller,
          conversation,
          asked,
          views.text("booking.notOffered", r.flightNumber(), r.date()));
    }
    var to = option.get();
    var moved = segment.get().movedTo(to.flight(), to.cabin(), to.fare());
    var tell = views.previewReply(panel.booking(), moved, caller.workspaceId(), conversation);
    return panel.reviewing(
        new BookingPanel.Review(
            segment.get(),
            to,
            r.seatPreference() == null ? "" : r.seatPreference(),
            ChangeReason.valueOf(offered.reason()),
            List.of(ChangeReason.values()),
            tell,
            airline
                .identityToCheck(caller.workspaceId(), conversation, panel.booking())
                .map(why -> identityWords(why, panel.booking().recordLocator()))
                .orElse(null)));
  }

  /** The airline module's reason, in the agent's language. */
  private String identityWords(IdentityToCheck toCheck, String locator) {
    return switch (toCheck.why()) {
      case LOCATOR_NOT_GIVEN -> views.text("booking.identity.notGiven", locator);
      case NO_PASSENGER_NAMED -> views.text("booking.identity.notNamed", locator);
      case NO_CONVERSATION -> toCheck.words();
    };
  }
}
