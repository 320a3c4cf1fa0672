package io.purser.airline.mail;

import io.purser.airline.domain.Booking;
import io.purser.airline.domain.Segment;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The confirmation e-mail's subject and body, in English, French or Spanish. Plain text. */
final class ItineraryText {

  record Mail(String subject, String body) {}

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ItineraryText() {}

  static Mail render(Booking booking, String language) {
    var words = Words.of(language);
    var body = new StringBuilder();
    var first = booking.passengers().get(0);
    body.append(
            words
                .greeting()
                .formatted(first.firstName() == null ? first.lastName() : first.firstName()))
        .append("\n\n")
        .append(words.intro().formatted(booking.recordLocator()))
        .append("\n\n");
    for (var segment : booking.segments()) {
      body.append(line(segment, words)).append('\n');
    }
    body.append('\n').append(words.closing()).append("\n");
    return new Mail(words.subject().formatted(booking.recordLocator()), body.toString());
  }

  private static String line(Segment s, Words words) {
    var f = s.flight();
    var seats =
        s.seats().isEmpty()
            ? ""
            : " — "
                + words.seats()
                + " "
                + String.join(", ", s.seats().stream().map(a -> a.seat()).toList());
    return "%s  %s → %s  %s → %s  (%s)%s"
        .formatted(
            f.number(),
            f.origin(),
            f.destination(),
            WHEN.format(f.departure()),
            WHEN.format(f.arrival()),
            s.cabin().name().toLowerCase(Locale.ROOT),
            seats);
  }

  private record Words(
      String subject, String greeting, String intro, String seats, String closing) {
    static Words of(String language) {
      return switch (language == null ? "en" : language) {
        case "fr" ->
            new Words(
                "Votre voyage est confirmé — réservation %s",
                "Bonjour %s,",
                "Voici votre itinéraire à jour pour la réservation %s :",
                "siège",
                "Bon voyage !");
        case "es" ->
            new Words(
                "Su viaje está confirmado — reserva %s",
                "Hola %s:",
                "Este es su itinerario actualizado de la reserva %s:",
                "asiento",
                "¡Buen viaje!");
        default ->
            new Words(
                "Your trip is confirmed — booking %s",
                "Hello %s,",
                "Here is your updated itinerary for booking %s:",
                "seat",
                "Have a good trip!");
      };
    }
  }
}
