package io.purser.triage.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrase sets looked up from a message's word starts find what a scan of its text finds. */
class PhraseSetTest {

  private static final PhraseSet SET =
      new PhraseSet(List.of(" at the gate", " stuck in", " hoy ", " miles ", " à l'aéroport"));

  private static final String[] TEXTS = {
    "",
    " ",
    "at the gate",
    "I am AT THE GATE now",
    "we are stuck in Denver",
    "stuckin Denver",
    "vuelo hoy",
    "vuelo hoy mismo",
    "miles",
    "50 miles away",
    "smiles all round",
    "je suis à l'aéroport",
    "je suis à l’aéroport",
    "tab\tat the\tgate",
    "at  the gate",
    "x".repeat(2_100) + " stuck in",
    "a b c"
  };

  @Test
  void theWordStartsOfAMessageFindWhatAScanOfItsTextFinds() {
    for (String text : TEXTS) {
      MessageText message = MessageText.of(text);
      assertThat(SET.foundIn(message)).as(text).isEqualTo(SET.foundIn(message.padded()));
    }
  }

  @Test
  void findsPhrasesAtWordStartsOnly() {
    assertThat(SET.foundIn(MessageText.of("I am AT THE GATE now"))).isTrue();
    assertThat(SET.foundIn(MessageText.of("je suis à l’aéroport"))).isTrue();
    assertThat(SET.foundIn(MessageText.of("vuelo hoy"))).isTrue();
    assertThat(SET.foundIn(MessageText.of("smiles all round"))).isFalse();
    assertThat(SET.foundIn(MessageText.of("50 miles"))).isTrue();
    assertThat(SET.foundIn(MessageText.of("x".repeat(2_100) + " stuck in"))).isFalse();
  }

  @Test
  void rejectsAPhraseWithoutItsLeadingSpace() {
    assertThatThrownBy(() -> new PhraseSet(List.of("gate")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
