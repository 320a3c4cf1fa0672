package io.purser.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Durations written by the server (the first page) and counted down by the browser (console.js,
 * every second after) are the same words, in English and in French; search shows the words it
 * matched, marked, in a snippet around them.
 */
class ConsoleTimesIT extends BrowserTest {

  private static final Duration SECONDS_10 = Duration.ofSeconds(10);

  /** Durations on both sides of every boundary of the rules, in milliseconds left. */
  private static final List<Long> LEFT =
      List.of(
          0L,
          59_000L,
          60_000L,
          61_000L,
          456_000L,
          3_599_000L,
          3_600_000L,
          3_900_000L,
          86_399_000L,
          86_400_000L,
          97_200_000L,
          -1_000L,
          -59_999L,
          -60_000L,
          -200_000L,
          -3_900_000L,
          -90_000_000L);

  @Autowired ConsoleTimes times;

  @AfterEach
  void forget() {
    LocaleContextHolder.resetLocaleContext();
    SecurityContextHolder.clearContext();
  }

  private void sameWordsInTheBrowserAsOnTheServer(Locale locale) {
    LocaleContextHolder.setLocale(locale);
    for (long left : LEFT) {
      var server = times.countdown(Duration.ofMillis(left));
      var browserSays = runScript("return window.PurserDurations.countdown(" + left + ");");
      assertThat(browserSays).as("countdown of %d ms in %s", left, locale).isEqualTo(server);
      if (left >= 0) {
        var elapsed = runScript("return window.PurserDurations.elapsed(" + left + ");");
        assertThat(elapsed)
            .as("elapsed %d ms in %s", left, locale)
            .isEqualTo(times.elapsed(Duration.ofMillis(left)));
      }
    }
  }

  @Test
  void theBrowsersCountdownWritesWhatTheServerWritesInEnglishAndFrench() {
    tweet(digits(), "clock_cleo", "@DemoAir my flight leaves in an hour and I have no seat");
    signIn();
    var countdown = By.cssSelector(".sla .countdown");
    waitUpTo(SECONDS_10).until(d -> !d.findElements(countdown).isEmpty());
    // The first response is due in ten minutes: a duration, never a clock time or "−0:19".
    assertThat(textOf(countdown)).matches("in (9|10) min");
    assertThat(attributeOf(countdown, "title")).endsWith("(UTC)");
    sameWordsInTheBrowserAsOnTheServer(Locale.ENGLISH);

    // All, where the unassigned conversation is (sign-in lands on My queue).
    browser.get(url("/console?view=all&lang=fr"));
    waitUpTo(SECONDS_10).until(d -> !d.findElements(countdown).isEmpty());
    assertThat(textOf(countdown)).matches("dans (9|10) min");
    sameWordsInTheBrowserAsOnTheServer(Locale.FRENCH);
  }

  @Test
  void purserTimesAreInTheWorkspacesTimeZone() {
    var policy =
        """
        {"name": "Paris", "calendar": {"type": "always", "timeZone": "Europe/Paris"},
         "targets": {"firstResponse": "PT10M", "nextResponse": "PT30M", "resolution": "PT24H",
                     "warnBefore": "PT2M"}}""";
    var set = api.put("/api/v1/sla-policy", workspace.token(), policy);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    var at = Instant.now().minus(Duration.ofMinutes(3)).truncatedTo(ChronoUnit.SECONDS);
    tweet(digits(), "paris_pia", "@DemoAir where is my bag", at);
    signIn();
    waitForText(By.cssSelector("ol.conversations"), "paris_pia", SECONDS_10);
    click(By.cssSelector(".row-link"));
    var stamp = By.cssSelector(".timeline time.when");
    waitUpTo(SECONDS_10).until(d -> !d.findElements(stamp).isEmpty());
    assertThat(attributeOf(stamp, "title")).endsWith("(Europe/Paris)");
    SecurityContextHolder.getContext()
        .setAuthentication(
            new TestingAuthenticationToken(
                new PurserPrincipal(workspace.id(), null, null, "test", Role.AGENT, false), null));
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(textOf(stamp)).isEqualTo(times.dateTime(at));
  }

  @Test
  void searchFindsOtherFormsOfAWordAndMarksThemInASnippet() {
    tweet(
        digits(),
        "late_lou",
        "@DemoAir "
            + "so many words before it all went wrong, ".repeat(4)
            + "my flight was delayed again <b>and</b> nobody told us & we waited for hours at the"
            + " gate");
    signIn();
    browser.get(url("/console/search?q=delay"));
    var results = By.cssSelector(".search-results");
    waitForText(results, "late_lou", SECONDS_10);
    assertThat(textOf(By.cssSelector(".search-results mark"))).isEqualTo("delayed");
    var snippet = textOf(By.cssSelector(".search-results .snippet"));
    assertThat(snippet)
        .startsWith("…")
        .contains("my flight was delayed again <b>and</b> nobody told us & we waited");
    assertThat(browser.findElements(By.cssSelector(".search-results .snippet b"))).isEmpty();
    assertThat(textOf(By.cssSelector(".search-results time.when")))
        .matches("\\d{1,2} \\p{L}{3} \\d{4}, \\d{2}:\\d{2}");
  }
}
