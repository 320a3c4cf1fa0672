package io.purser.airline.web;

import io.purser.airline.ActionRequest;
import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.ChangeReason;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.RecordLocator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON body of a rebook or seat request, read leniently (lower-case names) and checked with a
 * message for each mistake; {@link #toRequest} throws {@link IllegalArgumentException} with it.
 */
record ActionBody(
    String recordLocator,
    String segmentId,
    String flightNumber,
    String date,
    String cabin,
    String reason,
    List<SeatBody> seats,
    Boolean sendConfirmation,
    String email,
    String language,
    Boolean requestApproval,
    String lastName,
    String identityCheck) {

  record SeatBody(String passengerId, String seat, String preference) {}

  private static final Set<String> LANGUAGES = Set.of("en", "fr", "es");

  ActionRequest toRequest(String kind) {
    var locator =
        RecordLocator.normalise(recordLocator)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "recordLocator must be six letters or digits, got "
                            + quoted(recordLocator)));
    require(segmentId != null && !segmentId.isBlank(), "segmentId is required");
    LocalDate day = null;
    ChangeReason why = null;
    String number = null;
    if (kind.equals("rebook")) {
      require(
          flightNumber != null && date != null, "flightNumber and date (YYYY-MM-DD) are required");
      day = parseDate(date);
      number = new FlightKey(flightNumber, day).number();
      why =
          parse(
              ChangeReason.class,
              reason,
              "reason",
              "schedule_change, delay, cancellation, misconnection, goodwill, customer_request");
    } else {
      require(seats != null && !seats.isEmpty(), "seats must name at least one passenger's seat");
    }
    require(language == null || LANGUAGES.contains(language), "language must be en, fr or es");
    require(email == null || email.length() <= 320, "email is too long");
    require(lastName == null || lastName.length() <= 100, "lastName is too long");
    require(
        identityCheck == null || identityCheck.length() <= 500,
        "identityCheck is too long (500 characters at most)");
    var seatChoices =
        seats == null
            ? List.<ActionRequest.SeatChoice>of()
            : seats.stream().map(ActionBody::seat).toList();
    require(
        seatChoices.stream().map(ActionRequest.SeatChoice::passengerId).distinct().count()
            == seatChoices.size(),
        "seats names a passenger twice");
    return new ActionRequest(
        locator,
        segmentId.strip(),
        number,
        day,
        cabin == null ? null : parse(Cabin.class, cabin, "cabin", "economy, business"),
        why,
        seatChoices,
        sendConfirmation == null ? kind.equals("rebook") : sendConfirmation,
        email == null || email.isBlank() ? null : email.strip(),
        language,
        lastName == null || lastName.isBlank() ? null : lastName.strip(),
        identityCheck);
  }

  boolean approvalRequested() {
    return Boolean.TRUE.equals(requestApproval);
  }

  private static ActionRequest.SeatChoice seat(SeatBody s) {
    require(
        s != null && s.passengerId() != null && !s.passengerId().isBlank(),
        "each seat needs a passengerId");
    boolean code = s.seat() != null && !s.seat().isBlank();
    boolean preference = s.preference() != null && !s.preference().isBlank();
    require(
        code != preference,
        "give each passenger either a seat (\"14A\") or a preference (window, aisle)");
    if (code) {
      var seat = s.seat().strip().toUpperCase(Locale.ROOT);
      require(
          seat.matches("[0-9]{1,2}[A-K]"),
          "a seat is a row and a letter, like 14A; got " + quoted(s.seat()));
      return new ActionRequest.SeatChoice(s.passengerId().strip(), seat, null);
    }
    var wanted = s.preference().strip().toLowerCase(Locale.ROOT);
    require(
        wanted.equals("window") || wanted.equals("aisle"), "preference must be window or aisle");
    return new ActionRequest.SeatChoice(s.passengerId().strip(), null, wanted);
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date must be YYYY-MM-DD, got " + quoted(text));
    }
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String text, String field, String allowed) {
    if (text == null) {
      throw new IllegalArgumentException(field + " is required: one of " + allowed);
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          field + " must be one of " + allowed + ", got " + quoted(text));
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  private static String quoted(String text) {
    return text == null ? "nothing" : "'" + text + "'";
  }
}
