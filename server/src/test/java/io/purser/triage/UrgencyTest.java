package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UrgencyTest {

  static final Triage triage = Triage.loadDefault();
  static final Instant WRITTEN = Instant.parse("2015-02-24T18:00:00Z");

  static TriageResult classify(String text) {
    return triage.classify(TriageRequest.ofText(text, WRITTEN));
  }

  @Test
  void departureWithinHoursIsHighAndTimedFromTheMessage() {
    TriageResult result = classify("@united my flight leaves in 2 hours and I still have no seat");

    assertThat(result.urgency())
        .isEqualTo(new Urgency(UrgencyLevel.HIGH, "departure_within_hours"));
    assertThat(result.reasons()).anyMatch(r -> r.contains("2015-02-24T20:00:00Z"));
  }

  @Test
  void departureInTwoDaysIsNotWithinHours() {
    assertThat(
            classify("@united my flight leaves in 48 hours, can I change seats?").urgency().level())
        .isNotEqualTo(UrgencyLevel.HIGH);
  }

  @Test
  void travellerAtTheAirportNowIsHigh() {
    assertThat(classify("@AmericanAir at the gate B22 and nobody is here").urgency().reason())
        .isEqualTo("at_airport_now");
  }

  @Test
  void missedConnectionIsHigh() {
    assertThat(classify("@united I missed my connection in Denver, help").urgency())
        .isEqualTo(new Urgency(UrgencyLevel.HIGH, "missed_connection"));
  }

  @Test
  void aTravellerWhoCannotMakeTheirFlightAnyMoreIsHigh() {
    assertThat(
            classify("My flight home was moved 3 hours earlier and I can't make it, please help")
                .urgency())
        .isEqualTo(new Urgency(UrgencyLevel.HIGH, "cannot_make_flight"));
  }

  @Test
  void strandedTravellerIsHighInFrenchToo() {
    assertThat(classify("Je suis bloqué à Lyon, vol annulé").urgency().reason())
        .isEqualTo("stranded");
  }

  @Test
  void complaintAboutLastWeeksTripIsLow() {
    assertThat(classify("@united last week the crew was rude to my mother").urgency())
        .isEqualTo(new Urgency(UrgencyLevel.LOW, "past_trip"));
  }

  @Test
  void aSpanishMissedConnectionIsHighAndItsReasonNamesTheWords() {
    TriageResult result =
        classify("@Iberia perdi mi conexion en Madrid por vuestro retraso, ayuda");

    assertThat(result.urgency()).isEqualTo(new Urgency(UrgencyLevel.HIGH, "missed_connection"));
    assertThat(result.reasons())
        .contains("urgency:high rule=missed_connection words=\"perdí mi conexión\"");
  }

  @Test
  void aGermanDepartureInThirtyMinutesIsTimedFromTheMessage() {
    TriageResult result =
        classify("@Lufthansa mein Flug geht in 30 Minuten und niemand ist am Schalter");

    assertThat(result.urgency())
        .isEqualTo(new Urgency(UrgencyLevel.HIGH, "departure_within_hours"));
    assertThat(result.reasons()).anyMatch(r -> r.contains("2015-02-24T18:30:00Z"));
  }
}
