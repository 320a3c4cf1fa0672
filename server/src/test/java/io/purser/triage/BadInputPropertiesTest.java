package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

class BadInputPropertiesTest {

  static final Triage triage = Triage.loadDefault();

  static void assertWellFormed(TriageResult result, String text) {
    assertThat(result.language()).isNotBlank();
    assertThat(result.modelVersion()).startsWith("triage-");
    assertThat(result.personalData())
        .allSatisfy(p -> assertThat(p.end()).isLessThanOrEqualTo(text.length()));
    assertThat(result.maskedText(text)).hasSameSizeAs(text);
  }

  @Property(tries = 300)
  void anyStringGetsAResult(@ForAll("messyText") String text) {
    assertWellFormed(triage.classify(TriageRequest.ofText(text, Instant.EPOCH)), text);
  }

  @Provide
  Arbitrary<String> messyText() {
    Arbitrary<Character> emoji = Arbitraries.chars().range('\uD83D', '\uD83D');
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(400),
        Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(200),
        Arbitraries.strings().withChars("AZ09 #@-+().:/").ofMaxLength(200),
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('\u0400', '\u04FF')
            .withCharRange('\u4E00', '\u4E80')
            .withChars('\uD83D', '\uDE00', '\uDC00')
            .ofMaxLength(300),
        emoji
            .list()
            .ofMaxSize(50)
            .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat)));
  }

  @Example
  void emptyTextGetsAnUndeterminedLanguageAndNoFindings() {
    TriageResult result = triage.classify(TriageRequest.ofText(""));

    assertThat(result.language()).isEqualTo("und");
    assertThat(result.personalData()).isEmpty();
  }

  @Example
  void nullTextIsReadAsEmpty() {
    assertThat(triage.classify(TriageRequest.ofText(null)).language()).isEqualTo("und");
  }

  @Example
  void onlyEmojiGetsAResult() {
    String text = "✈️😡😡😡🧳💔".repeat(20);
    assertWellFormed(triage.classify(TriageRequest.ofText(text)), text);
  }

  @Example
  void loneSurrogatesAndControlCharactersGetAResult() {
    String text = "\uD800 flight \uDC00 delayed \u0000\u0007\u001B[31m conf \uDBFF";
    assertWellFormed(triage.classify(TriageRequest.ofText(text)), text);
  }

  @Example
  void hundredKilobytesOfTextIsTriagedQuicklyAndMasksCardsAnywhere() {
    String card = "4111 1111 1111 1111";
    String text = "a".repeat(60_000) + " " + "1234567890 ".repeat(4_000) + " " + card;

    TriageResult result =
        Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(2), () -> triage.classify(TriageRequest.ofText(text)));

    assertThat(text.length()).isGreaterThan(100_000);
    assertThat(result.maskedText(text)).endsWith("**** **** **** 1111");
  }

  @Example
  void hundredKilobytesOfOneCharacterDoesNotHang() {
    for (String c : new String[] {"@", "a@", "1", "A", "-1", ".", "#"}) {
      String text = c.repeat(100_000 / c.length());
      Assertions.assertTimeoutPreemptively(
          Duration.ofSeconds(2), () -> triage.classify(TriageRequest.ofText(text)));
    }
  }
}
