package io.purser.console.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class ActionWordsTest {

  private final ActionWords words = new ActionWords(null, messages());

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void putsTheAirlinesWordsForABookingInTheAgentsLanguage() {
    LocaleContextHolder.setLocale(Locale.FRENCH);

    assertThat(
            words.words(
                "DA232 JFK→CDG 2026-12-09 21:50 (economy); passenger 1 on DA232: seat 11K;"
                    + " confirmation sent to alex@example.com"))
        .isEqualTo(
            "DA232 JFK→CDG 2026-12-09 21:50 (économique); passager 1 sur le DA232 : siège 11K;"
                + " confirmation envoyée à alex@example.com");
    assertThat(words.words("passenger 1 on DA232: no seat"))
        .isEqualTo("passager 1 sur le DA232 : sans siège");
    assertThat(words.words("public reply with a DM link (message 42)"))
        .isEqualTo("réponse publique avec un lien vers les messages privés (message 42)");
  }

  @Test
  void keepsWhatItDoesNotKnowAsWritten() {
    LocaleContextHolder.setLocale(Locale.FRENCH);

    assertThat(words.words("something new (message 7)")).isEqualTo("something new (message 7)");
    assertThat(words.words(null)).isNull();
  }

  @Test
  void speaksEnglishToAnEnglishAgent() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);

    assertThat(words.words("DA232 JFK→CDG 2026-12-09 21:50 (business)"))
        .isEqualTo("DA232 JFK→CDG 2026-12-09 21:50 (business)");
  }

  private static ResourceBundleMessageSource messages() {
    var source = new ResourceBundleMessageSource();
    source.setBasenames("messages", "airline-messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
