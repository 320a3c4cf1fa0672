package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.purser.triage.BrandRule.Action;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrandRulesTest {

  static final Triage base = Triage.loadDefault();

  @Test
  void hidesFootballChatterAboutManchesterUnitedForUnited() {
    Triage triage =
        base.withRules(
            List.of(BrandRule.keyword("football", "Manchester United", Action.HIDE, null)));

    TriageResult result =
        triage.classify(TriageRequest.ofText("@united why did Manchester United lose again?"));

    assertThat(result.brandActions().hidden()).isTrue();
    assertThat(result.needsResponse()).isFalse();
    assertThat(result.reasons()).contains("brand_rule:football");
  }

  @Test
  void keywordMatchesWholeWordsOnly() {
    Triage triage = base.withRules(List.of(BrandRule.keyword("bag", "bag", Action.TAG, "baggage")));

    assertThat(triage.classify(TriageRequest.ofText("my bag is lost")).brandActions().tags())
        .containsExactly("baggage");
    assertThat(triage.classify(TriageRequest.ofText("baggage claim")).brandActions().tags())
        .isEmpty();
  }

  @Test
  void routesSpanishMessagesToTheSpanishQueue() {
    Triage triage =
        base.withRules(List.of(BrandRule.language("spanish", "es", Action.ROUTE, "es-queue")));

    TriageResult result = triage.classify(TriageRequest.ofText("¿Dónde está mi maleta?"));

    assertThat(result.brandActions().route()).isEqualTo("es-queue");
  }

  @Test
  void raisesPriorityForAKnownAuthorAndTagsByRegex() {
    Triage triage =
        base.withRules(
            List.of(
                BrandRule.author("vip", "@BigTraveller", Action.RAISE_PRIORITY, null),
                BrandRule.regex("flight", "(?i)\\bUA\\d{1,4}\\b", Action.TAG, "has_flight")));

    TriageResult result =
        triage.classify(
            new TriageRequest("stuck on UA1234", "x", true, false, "bigtraveller", null));

    assertThat(result.brandActions().raisePriority()).isTrue();
    assertThat(result.brandActions().tags()).containsExactly("has_flight");
    assertThat(result.brandActions().rulesFired()).containsExactly("vip", "flight");
  }

  @Test
  void rejectsAnInvalidRegexWithAClearMessage() {
    assertThatThrownBy(() -> BrandRule.regex("broken", "([a-z", Action.HIDE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("broken")
        .hasMessageContaining("invalid regular expression");
  }

  @Test
  void rejectsARouteWithoutQueue() {
    assertThatThrownBy(() -> BrandRule.keyword("r", "bag", Action.ROUTE, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("queue name");
  }

  @Test
  void aCatastrophicBacktrackingRuleAnswersAFortyCharacterMessageAtOnce() {
    // java.util.regex takes longer than the age of the universe on this one.
    Triage triage = base.withRules(List.of(BrandRule.regex("as", "^(a+)+$", Action.HIDE, null)));

    TriageResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> triage.classify(TriageRequest.ofText("a".repeat(40) + "!")));

    assertThat(result.brandActions().hidden()).isFalse();
    assertThat(triage.classify(TriageRequest.ofText("aaaa")).brandActions().hidden()).isTrue();
  }

  @Test
  void catastrophicBacktrackingRulesAnswerAHundredThousandCharacterMessageAtOnce() {
    Triage triage =
        base.withRules(
            List.of(
                BrandRule.regex("as", "^(a+)+$", Action.HIDE, null),
                BrandRule.regex("nested", "(.*a){20}!!", Action.TAG, "y")));
    String text = ("a".repeat(30) + "!").repeat(3_300);

    TriageResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> triage.classify(TriageRequest.ofText(text)));

    assertThat(text).hasSizeGreaterThan(100_000);
    assertThat(result.brandActions().hidden()).isFalse();
    assertThat(result.brandActions().tags()).isEmpty();
  }

  @Test
  void refusesABackreferenceNamingIt() {
    assertThatThrownBy(() -> BrandRule.regex("hostile", "^((a+)\\2?)+$", Action.HIDE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hostile")
        .hasMessageContaining("backreference (\\2)")
        .hasMessageContaining("RE2");
  }

  @Test
  void refusesLookaroundNamingIt() {
    assertThatThrownBy(() -> BrandRule.regex("behind", "(?<!not )cancelled", Action.TAG, "c"))
        .hasMessageContaining("lookbehind");
    assertThatThrownBy(() -> BrandRule.regex("ahead", "flight(?= delayed)", Action.TAG, "c"))
        .hasMessageContaining("lookahead");
    assertThatThrownBy(() -> BrandRule.regex("possessive", "a*+b", Action.TAG, "c"))
        .hasMessageContaining("possessive quantifier");
  }

  @Test
  void refusesAPatternWhoseRepetitionsUnrollToAHugeProgram() {
    // RE2/J itself runs out of heap compiling this seven-character bomb twice over.
    assertThatThrownBy(() -> BrandRule.regex("bomb", "((a{1000}){1000}){1000}", Action.TAG, "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counted repetitions");
    assertThatThrownBy(() -> BrandRule.regex("bomb", "(\\d{100}){100}", Action.TAG, "b"))
        .hasMessageContaining("at most 1000");
  }

  @Test
  void refusesAnOverlongPattern() {
    assertThatThrownBy(() -> BrandRule.keyword("long", "x".repeat(501), Action.TAG, "l"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 500");
  }

  @Test
  void keywordsIgnoreCaseBeyondAscii() {
    Triage triage = base.withRules(List.of(BrandRule.keyword("été", "ÉTÉ", Action.TAG, "summer")));

    assertThat(triage.classify(TriageRequest.ofText("vol d'été annulé")).brandActions().tags())
        .containsExactly("summer");
    assertThat(triage.classify(TriageRequest.ofText("étéx")).brandActions().tags()).isEmpty();
  }
}
