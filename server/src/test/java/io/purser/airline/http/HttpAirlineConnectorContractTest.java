package io.purser.airline.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.purser.airline.AirlineUnavailable;
import io.purser.airline.BookingOutcome;
import io.purser.airline.ConnectorSettings;
import io.purser.airline.SegmentChange;
import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.ChangeReason;
import io.purser.airline.domain.FlightKey;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP connector against a WireMock stand-in of an airline's system, as the OpenAPI file
 * describes it: signed requests, answers read, and every way an answer can go wrong — slow,
 * failing, malformed — turned into a clear error, with the idempotency key repeated on a retry so
 * the airline changes the booking once.
 */
class HttpAirlineConnectorContractTest {

  static final String SECRET = "airline-shared-secret";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
  static final WireMockServer airline =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  HttpAirlineConnector connector;

  static final String BOOKING =
      """
      {"recordLocator":"K7M2QX","email":"alex.martin@example.com",
       "passengers":[{"id":"1","firstName":"Alex","lastName":"Martin"}],
       "segments":[{"id":"2","cabin":"ECONOMY","status":"SCHEDULE_CHANGED",
         "fare":{"amount":420.00,"currency":"EUR"},
         "flight":{"number":"DA118","origin":"JFK","destination":"CDG",
           "departure":"2026-12-03T19:15:00","arrival":"2026-12-04T08:30:00","aircraft":"B787"},
         "scheduleChange":{"previousDeparture":"2026-12-03T22:15:00",
           "previousArrival":"2026-12-04T11:30:00"},
         "seats":[{"passengerId":"1","seat":"31A"}]}]}
      """;

  @BeforeAll
  static void start() {
    airline.start();
  }

  @AfterAll
  static void stop() {
    airline.stop();
  }

  @BeforeEach
  void connect() {
    airline.resetAll();
    var settings =
        new ConnectorSettings(
            "http",
            URI.create(airline.baseUrl() + "/connector"),
            SECRET,
            Duration.ofSeconds(1),
            Duration.ofSeconds(10),
            null);
    connector =
        new HttpAirlineConnector(
            settings, CLOCK, tools.jackson.databind.json.JsonMapper.builder().build());
  }

  static SegmentChange change(String key) {
    return new SegmentChange(
        "K7M2QX",
        "2",
        new FlightKey("DA120", LocalDate.of(2026, 12, 3)),
        Cabin.ECONOMY,
        ChangeReason.SCHEDULE_CHANGE,
        key);
  }

  @Test
  void readsABookingFromASignedRequest() {
    long timestamp = CLOCK.instant().getEpochSecond();
    var signature =
        RequestSigner.sign(
            SECRET, timestamp, "GET", "/connector/bookings/K7M2QX?lastName=Martin", "");
    airline.stubFor(
        get(urlEqualTo("/connector/bookings/K7M2QX?lastName=Martin"))
            .withHeader(RequestSigner.TIMESTAMP, equalTo(Long.toString(timestamp)))
            .withHeader(RequestSigner.SIGNATURE, equalTo(signature))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(BOOKING)));

    var booking = connector.findBooking("K7M2QX", "Martin").orElseThrow();

    assertThat(booking.segments().get(0).scheduleChange().previousDeparture().getHour())
        .isEqualTo(22);
    assertThat(booking.segments().get(0).seatOf("1")).contains("31A");
  }

  @Test
  void aMissingBookingIsNotFoundNotAnError() {
    airline.stubFor(
        get(urlPathEqualTo("/connector/bookings/ZZZZZZ")).willReturn(aResponse().withStatus(404)));
    assertThat(connector.findBooking("ZZZZZZ", null)).isEmpty();
  }

  @Test
  void aSlowAirlineIsATimeoutWhoseRetryCarriesTheSameKeySoTheBookingChangesOnce() {
    airline.stubFor(
        post(urlPathEqualTo("/connector/bookings/K7M2QX/segments/2/change"))
            .inScenario("slow")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withFixedDelay(4000).withStatus(200).withBody(BOOKING))
            .willSetStateTo("done"));
    airline.stubFor(
        post(urlPathEqualTo("/connector/bookings/K7M2QX/segments/2/change"))
            .inScenario("slow")
            .whenScenarioStateIs("done")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(BOOKING)));

    var impatient =
        new HttpAirlineConnector(
            new ConnectorSettings(
                "http",
                URI.create(airline.baseUrl() + "/connector"),
                SECRET,
                Duration.ofSeconds(1),
                Duration.ofMillis(1500),
                null),
            CLOCK,
            tools.jackson.databind.json.JsonMapper.builder().build());
    assertThatThrownBy(() -> impatient.changeSegment(change("action-7:change")))
        .isInstanceOf(AirlineUnavailable.class)
        .hasMessageContaining("did not answer within 1500 ms")
        .extracting(e -> ((AirlineUnavailable) e).kind())
        .isEqualTo(AirlineUnavailable.Kind.TIMEOUT);
    var retried = connector.changeSegment(change("action-7:change"));

    assertThat(retried).isInstanceOf(BookingOutcome.Updated.class);
    // Both attempts named the same change, so the airline can apply it once and repeat its answer.
    airline.verify(
        2,
        postRequestedFor(urlPathEqualTo("/connector/bookings/K7M2QX/segments/2/change"))
            .withHeader("Idempotency-Key", equalTo("action-7:change"))
            .withHeader(RequestSigner.SIGNATURE, matching("sha256=[0-9a-f]{64}")));
  }

  @Test
  void aFailingAirlineIsAClearErrorWithItsStatus() {
    airline.stubFor(
        post(urlPathEqualTo("/connector/bookings/K7M2QX/segments/2/change"))
            .willReturn(aResponse().withStatus(503).withBody("maintenance")));
    assertThatThrownBy(() -> connector.changeSegment(change("k1")))
        .isInstanceOf(AirlineUnavailable.class)
        .hasMessageContaining("failed (HTTP 503)")
        .extracting(e -> ((AirlineUnavailable) e).kind())
        .isEqualTo(AirlineUnavailable.Kind.FAILED);
  }

  @Test
  void aMalformedAnswerIsAClearErrorNotAHalfReadBooking() {
    airline.stubFor(
        get(urlPathEqualTo("/connector/bookings/K7M2QX"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody("{\"recordLocator\":\"K7M2QX\",\"passengers\":")));
    airline.stubFor(
        get(urlPathEqualTo("/connector/bookings/NOPAXX"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody("{\"recordLocator\":\"NOPAXX\",\"segments\":[]}")));
    airline.stubFor(
        get(urlPathEqualTo("/connector/bookings/HTMLXX"))
            .willReturn(aResponse().withStatus(200).withBody("<html>proxy error</html>")));

    for (var locator : new String[] {"K7M2QX", "NOPAXX", "HTMLXX"}) {
      assertThatThrownBy(() -> connector.findBooking(locator, null))
          .as(locator)
          .isInstanceOf(AirlineUnavailable.class)
          .hasMessageContaining("not a valid Booking")
          .extracting(e -> ((AirlineUnavailable) e).kind())
          .isEqualTo(AirlineUnavailable.Kind.MALFORMED);
    }
  }

  @Test
  void aRefusalKeepsTheAirlinesCodeAndReason() {
    airline.stubFor(
        post(urlPathEqualTo("/connector/bookings/K7M2QX/segments/2/change"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(
                        "{\"code\":\"flight_full\",\"detail\":\"DA120 is full in economy\"}")));
    assertThat(connector.changeSegment(change("k2")))
        .isEqualTo(new BookingOutcome.Refused("flight_full", "DA120 is full in economy"));
  }

  @Test
  void aRejectedSignatureSaysWhichSettingToCheck() {
    airline.stubFor(
        get(urlPathEqualTo("/connector/bookings/K7M2QX")).willReturn(aResponse().withStatus(401)));
    assertThatThrownBy(() -> connector.findBooking("K7M2QX", null))
        .hasMessageContaining("purser.airline.hmac-secret");
  }

  @Test
  void anUnreachableAirlineIsAClearError() {
    var settings =
        new ConnectorSettings(
            "http",
            URI.create("http://127.0.0.1:9"),
            SECRET,
            Duration.ofMillis(300),
            Duration.ofMillis(300),
            null);
    var offline =
        new HttpAirlineConnector(
            settings, CLOCK, tools.jackson.databind.json.JsonMapper.builder().build());
    assertThatThrownBy(() -> offline.findBooking("K7M2QX", null))
        .isInstanceOf(AirlineUnavailable.class)
        .extracting(e -> ((AirlineUnavailable) e).kind())
        .isIn(AirlineUnavailable.Kind.UNREACHABLE);
  }
}
