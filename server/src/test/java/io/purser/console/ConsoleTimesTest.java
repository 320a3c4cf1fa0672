package io.purser.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class ConsoleTimesTest {

  static final Instant NOW = Instant.parse("2026-12-07T13:05:00Z");
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  final ConsoleTimes times =
      new ConsoleTimes(messages(), Clock.fixed(NOW, ZoneOffset.UTC), workspace -> PARIS);

  static ResourceBundleMessageSource messages() {
    var messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @AfterEach
  void forget() {
    LocaleContextHolder.resetLocaleContext();
    SecurityContextHolder.clearContext();
  }

  static void signedInTo(long workspaceId) {
    var principal = new PurserPrincipal(workspaceId, 1L, null, "ana", Role.AGENT, false);
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken(principal, null));
  }

  @Test
  void writesADeadlineAheadAsTimeLeftNotAsAClockTime() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(times.countdown(NOW.plusSeconds(7 * 60 + 36))).isEqualTo("in 7 min");
    assertThat(times.countdown(NOW.plus(Duration.ofMinutes(65)))).isEqualTo("in 1 h 5 min");
    assertThat(times.countdown(NOW.plus(Duration.ofHours(2)))).isEqualTo("in 2 h");
    assertThat(times.countdown(NOW.plus(Duration.ofHours(27)))).isEqualTo("in 1 d 3 h");
  }

  @Test
  void saysDueNowWithinAMinuteEitherWayAndNeverOverdueByZero() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(times.countdown(NOW.plusSeconds(59))).isEqualTo("due now");
    assertThat(times.countdown(NOW.minusSeconds(19))).isEqualTo("due now");
    assertThat(times.countdown(NOW.minusSeconds(3 * 60 + 20))).isEqualTo("3 min overdue");
    assertThat(times.countdownMinutes(0)).isEqualTo("due now");
    assertThat(times.countdownMinutes(-75)).isEqualTo("1 h 15 min overdue");
  }

  @Test
  void writesTimeWaitedAsADuration() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    var since = NOW.minus(Duration.ofHours(23).plusMinutes(57).plusSeconds(45));
    assertThat(times.elapsed(since)).isEqualTo("23 h 57 min");
    assertThat(times.elapsed(NOW.minusSeconds(20))).isEqualTo("under a minute");
    assertThat(times.minutes(7)).isEqualTo("7 min");
  }

  @Test
  void writesDurationsInFrench() {
    LocaleContextHolder.setLocale(Locale.FRENCH);
    assertThat(times.countdown(NOW.plus(Duration.ofMinutes(65)))).isEqualTo("dans 1 h 5 min");
    assertThat(times.countdown(NOW.minus(Duration.ofMinutes(3)))).isEqualTo("3 min de retard");
    assertThat(times.countdown(NOW)).isEqualTo("à échéance");
    assertThat(times.countdown(NOW.plus(Duration.ofHours(49)))).isEqualTo("dans 2 j 1 h");
    assertThat(times.elapsed(NOW)).isEqualTo("moins d’une minute");
  }

  @Test
  void writesPurserTimesInTheWorkspaceZoneWithTheZoneInTheTooltip() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    signedInTo(42);
    assertThat(times.zone()).isEqualTo(PARIS);
    assertThat(times.time(NOW)).isEqualTo("14:05");
    assertThat(times.dateTime(NOW)).isEqualTo("7 Dec 2026, 14:05");
    assertThat(times.date(NOW)).isEqualTo("7 Dec 2026");
    assertThat(times.title(NOW)).isEqualTo("Monday 7 December 2026, 14:05 (Europe/Paris)");
  }

  @Test
  void writesUtcOutsideASignedInRequest() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(times.zone()).isEqualTo(ZoneOffset.UTC);
    assertThat(times.time(NOW)).isEqualTo("13:05");
  }

  @Test
  void writesAFlightInItsAirportsLocalTimeLabelledAsSuchNotInTheWorkspaceZone() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    signedInTo(42);
    var departure = LocalDateTime.parse("2026-12-24T19:15");
    assertThat(times.flightDay(departure) + " " + times.airportTime("JFK"))
        .isEqualTo("Thu 24 Dec 19:15 JFK time");
    assertThat(times.flightTitle(departure, "JFK"))
        .isEqualTo("Thursday 24 December 2026, 19:15, local time at JFK");
    assertThat(times.flightArrival(departure, LocalDateTime.parse("2026-12-25T07:55")))
        .isEqualTo("Fri 25 Dec 07:55");
    assertThat(times.flightArrival(departure, LocalDateTime.parse("2026-12-24T22:40")))
        .isEqualTo("22:40");
    LocaleContextHolder.setLocale(Locale.FRENCH);
    assertThat(times.airportTime("JFK")).isEqualTo("heure de JFK");
  }

  @Test
  void givesTheBrowserTheSamePatternsAsJson() {
    LocaleContextHolder.setLocale(Locale.FRENCH);
    assertThat(times.clientWords())
        .startsWith("{\"time.minutes\":\"{0} min\"")
        .contains("\"time.overdue\":\"{0} de retard\"", "\"time.dueNow\":\"à échéance\"");
  }
}
