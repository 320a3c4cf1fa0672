package io.purser.media.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class FlightReaderTest {

  private static final LocalDate SENT = LocalDate.of(2026, 12, 22);

  @Test
  void readsAFlightWithItsRouteDayAndTimesFromTheLinesBelowIt() {
    var text =
        """
        Select your return flight

        PX 2044 JFK-CDG
        Thu 24 Dec 2026 18:40 - 07:55 +1
        Economy EUR 412
        """;

    assertThat(FlightReader.read(text, SENT))
        .containsExactly(
            new SeenFlight(
                "PX2044",
                LocalDate.of(2026, 12, 24),
                LocalTime.of(18, 40),
                LocalTime.of(7, 55),
                "JFK",
                "CDG"));
  }

  @Test
  void readsSeveralFlightsEachWithItsOwnTimesAndTheScreensOneDate() {
    var text =
        """
        New York (JFK) to Paris (CDG)   Friday, December 25
        AF 23   7:30 PM  ->  8:55 AM
        DL 264  10:05 PM -> 11:30 AM
        """;

    var flights = FlightReader.read(text, SENT);

    assertThat(flights).extracting(SeenFlight::number).containsExactly("AF23", "DL264");
    assertThat(flights).extracting(SeenFlight::date).containsOnly(LocalDate.of(2026, 12, 25));
    assertThat(flights.get(0).departure()).isEqualTo(LocalTime.of(19, 30));
    assertThat(flights.get(0).arrival()).isEqualTo(LocalTime.of(8, 55));
    assertThat(flights.get(1).departure()).isEqualTo(LocalTime.of(22, 5));
  }

  @Test
  void aDayWithoutAYearIsTheNextOneOnOrAfterTheMessage() {
    assertThat(FlightReader.read("AF1235 3 Jan 09:10", SENT).get(0).date())
        .isEqualTo(LocalDate.of(2027, 1, 3));
    assertThat(FlightReader.read("AF1235 20 Dec 09:10", SENT).get(0).date())
        .as("a few days back is still this year: the trip just happened")
        .isEqualTo(LocalDate.of(2026, 12, 20));
  }

  @Test
  void readsFrenchAndIsoDates() {
    assertThat(FlightReader.read("Vol AF 1235 — 24 déc. 2026 à 18h40", SENT).get(0))
        .satisfies(
            f -> {
              assertThat(f.date()).isEqualTo(LocalDate.of(2026, 12, 24));
              assertThat(f.departure()).isEqualTo(LocalTime.of(18, 40));
            });
    assertThat(FlightReader.read("U2 4711 2026-12-28", SENT).get(0).date())
        .isEqualTo(LocalDate.of(2026, 12, 28));
  }

  @Test
  void aircraftTypesGatesSeatsAndPricesAreNotFlights() {
    var text = "Airbus A320 · Gate B12 · Seat 14A · EUR 412 · NO 2 bags · 23:59";

    assertThat(FlightReader.read(text, SENT)).isEmpty();
  }

  @Test
  void impossibleDatesAndTimesAreLeftOutNotGuessed() {
    var flight = FlightReader.read("PX 2044 31 Feb 25:70", SENT).get(0);

    assertThat(flight.date()).isNull();
    assertThat(flight.departure()).isNull();
  }

  @Test
  void nothingToReadIsNoFlight() {
    assertThat(FlightReader.read(null, SENT)).isEmpty();
    assertThat(FlightReader.read("  \n ", SENT)).isEmpty();
    assertThat(FlightReader.read("🙂 ‮merci‬ ​", SENT)).isEmpty();
  }

  @Test
  void aHugeTextIsReadOnlyUpToItsLimit() {
    var text = "PX 2044 24 Dec 18:40\n".repeat(50_000);

    assertThat(FlightReader.read(text, SENT)).hasSize(1);
  }

  @Test
  void describesWhatWasSeen() {
    assertThat(FlightReader.read("PX 2044 JFK-CDG 24 Dec 2026 18:40 07:55", SENT).get(0).describe())
        .isEqualTo("PX2044 JFK–CDG 2026-12-24 18:40–07:55");
    assertThat(new SeenFlight("PX2044", null, null, null, null, null).describe())
        .isEqualTo("PX2044");
  }
}
